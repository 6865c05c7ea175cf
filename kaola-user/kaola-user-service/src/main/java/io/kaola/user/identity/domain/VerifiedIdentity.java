package io.kaola.user.identity.domain;

import io.kaola.common.crypto.IdentityCipher;
import java.time.Instant;

/**
 * An account's verified real-name identity, as stored: the number only encrypted, masked and as a blind index.
 *
 * @param userId         the account
 * @param name           real name
 * @param idNumberCipher {@link IdentityCipher} output, {@code kid:base64}, bound to {@link #cipherContext(long)}
 * @param identityKey    {@link BlindIndex#ofIdentity}, 64 hex characters: the quota key
 * @param maskedIdNumber e.g. {@code 1101**********002X}
 * @param verifiedAt     when the provider confirmed the pair
 */
public record VerifiedIdentity(long userId, RealName name, String idNumberCipher, String identityKey,
                               String maskedIdNumber, Instant verifiedAt) {

    /** @return the encryption context (AAD) of a user's number: a cipher text moved to another row fails to decrypt */
    public static String cipherContext(long userId) { return "user_identity:" + userId; }

    /** @return true when this identity is the given pair (same number and same name) */
    public boolean isPair(RealName otherName, String otherIdentityKey) {
        return identityKey.equals(otherIdentityKey) && name.equals(otherName);
    }
}
