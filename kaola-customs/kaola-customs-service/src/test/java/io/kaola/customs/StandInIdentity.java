package io.kaola.customs;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentityStatus;
import io.kaola.user.api.IdentityView;
import io.kaola.user.api.VerifiedBuyer;
import io.kaola.user.api.VerifyIdentityRequest;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kaola-user's IdentityService stood in for: every buyer is verified as "买家{id}" with a synthetic 18-character
 * number derived from the id ({@link #numberOf}), unless a test calls {@link #unverify}.
 */
@DubboService
public class StandInIdentity implements IdentityService {
    private static final Set<Long> UNVERIFIED = ConcurrentHashMap.newKeySet();

    public static void unverify(long buyerId) { UNVERIFIED.add(buyerId); }

    public static String nameOf(long buyerId) { return "买家" + buyerId; }

    /** @return the buyer's full synthetic identity number, e.g. 110101199001011014 for buyer 1014 */
    public static String numberOf(long buyerId) { return "11010119900101" + String.format("%04d", buyerId % 10_000); }

    public static String maskedNumberOf(long buyerId) {
        String n = numberOf(buyerId);
        return n.substring(0, 4) + "*".repeat(10) + n.substring(14);
    }

    @Override
    public DeclarationIdentity declarationIdentity(long userId) throws KaolaException {
        requireVerified(userId);
        return new DeclarationIdentity(userId, nameOf(userId), numberOf(userId));
    }

    @Override
    public VerifiedBuyer requireVerifiedBuyer(long userId) throws KaolaException {
        requireVerified(userId);
        return new VerifiedBuyer(userId, nameOf(userId), maskedNumberOf(userId), "key-" + numberOf(userId));
    }

    @Override
    public IdentityView getIdentity(long userId) {
        return UNVERIFIED.contains(userId) ? new IdentityView(userId, IdentityStatus.NONE, null, null, null)
                : new IdentityView(userId, IdentityStatus.VERIFIED, nameOf(userId), maskedNumberOf(userId), Instant.EPOCH);
    }

    @Override
    public IdentityView verify(VerifyIdentityRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }

    private static void requireVerified(long userId) {
        if (UNVERIFIED.contains(userId)) {
            throw CrossBorderError.BUYER_NOT_VERIFIED.exception("user " + userId + " has not completed real-name verification");
        }
    }
}
