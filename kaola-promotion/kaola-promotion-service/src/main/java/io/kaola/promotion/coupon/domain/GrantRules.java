package io.kaola.promotion.coupon.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.GrantRequest;
import io.kaola.promotion.api.PromotionError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/** What ops may ask of a bulk grant. Every refusal is PROMOTION_INVALID_GRANT naming the field. */
public final class GrantRules {
    /** Most users in one grant. */
    public static final int MAX_USERS = 10_000;
    private static final Pattern GRANT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private GrantRules() {}

    /**
     * @return the grant with its users distinct and sorted, and the request's fingerprint
     * @throws KaolaException PROMOTION_INVALID_GRANT
     */
    public static Grant validate(GrantRequest request, Instant now) {
        if (request == null) throw invalid("a grant is required");
        if (request.grantId() == null || !GRANT_ID.matcher(request.grantId()).matches()) {
            throw invalid("grantId must be 1–64 characters of A–Z, a–z, 0–9, '.', '_', ':', '-'");
        }
        if (request.userIds() == null || request.userIds().isEmpty()) throw invalid("userIds must list 1–" + MAX_USERS + " users");
        for (Long user : request.userIds()) if (user == null || user <= 0) throw invalid("userIds must be positive user ids");
        List<Long> users = request.userIds().stream().distinct().sorted().toList();
        if (users.size() > MAX_USERS) throw invalid("userIds must list 1–" + MAX_USERS + " users");
        return new Grant(request.grantId(), request.templateId(), users, fingerprint(request.templateId(), users), now);
    }

    private static String fingerprint(long templateId, List<Long> users) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Long.toString(templateId).getBytes(StandardCharsets.US_ASCII));
            for (Long user : users) sha.update((":" + user).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static KaolaException invalid(String detail) { return PromotionError.INVALID_GRANT.exception(detail); }
}
