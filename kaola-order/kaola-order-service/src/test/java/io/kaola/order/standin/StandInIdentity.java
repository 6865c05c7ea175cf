package io.kaola.order.standin;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentityStatus;
import io.kaola.user.api.IdentityView;
import io.kaola.user.api.VerifiedBuyer;
import io.kaola.user.api.VerifyIdentityRequest;
import org.apache.dubbo.config.annotation.DubboService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kaola-user's IdentityService stand-in. Every buyer is verified (name "买家{id}", a synthetic 18-character number
 * derived from the id) unless a test calls {@link #unverify}; {@link #shareIdentity} gives two accounts one
 * identity number, so they share one annual quota. The identity key is SHA-256 of the number (the real one is
 * a keyed HMAC; the stand-in only needs "same number, same key").
 */
@DubboService
public class StandInIdentity implements IdentityService {
    private final Set<Long> unverified = ConcurrentHashMap.newKeySet();
    private final Map<Long, Long> sharedWith = new ConcurrentHashMap<>();

    /** From now on the buyer has no verified identity. */
    public void unverify(long buyerId) { unverified.add(buyerId); }

    /** From now on {@code buyerId} has the identity number of {@code ownerId}. */
    public void shareIdentity(long buyerId, long ownerId) { sharedWith.put(buyerId, ownerId); }

    /** @return the full synthetic identity number of the buyer (what the stand-in never puts on an order) */
    public String numberOf(long buyerId) {
        long owner = sharedWith.getOrDefault(buyerId, buyerId);
        return "11010119900101" + String.format("%04d", owner % 10_000);
    }

    /** @return the identity key of the buyer's number */
    public String identityKeyOf(long buyerId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(numberOf(buyerId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return first 4 + 10 '*' + last 4 */
    public String maskedNumberOf(long buyerId) {
        String n = numberOf(buyerId);
        return n.substring(0, 4) + "*".repeat(10) + n.substring(14);
    }

    public String nameOf(long buyerId) { return "买家" + buyerId; }

    @Override
    public VerifiedBuyer requireVerifiedBuyer(long userId) throws KaolaException {
        if (unverified.contains(userId)) {
            throw CrossBorderError.BUYER_NOT_VERIFIED.exception("user " + userId + " has not completed real-name verification");
        }
        return new VerifiedBuyer(userId, nameOf(userId), maskedNumberOf(userId), identityKeyOf(userId));
    }

    @Override
    public IdentityView getIdentity(long userId) {
        if (unverified.contains(userId)) return new IdentityView(userId, IdentityStatus.NONE, null, null, null);
        return new IdentityView(userId, IdentityStatus.VERIFIED, nameOf(userId), maskedNumberOf(userId), Instant.EPOCH);
    }

    @Override
    public DeclarationIdentity declarationIdentity(long userId) throws KaolaException {
        requireVerifiedBuyer(userId);
        return new DeclarationIdentity(userId, nameOf(userId), numberOf(userId));
    }

    @Override
    public IdentityView verify(VerifyIdentityRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }
}
