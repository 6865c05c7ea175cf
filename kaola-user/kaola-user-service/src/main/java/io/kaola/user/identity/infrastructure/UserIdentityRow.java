package io.kaola.user.identity.infrastructure;

import java.time.Instant;

/** A row of {@code user_identity}: the number only as cipher text, blind index and masked form. */
public record UserIdentityRow(long userId, String realName, String idNumberCipher, String identityKey,
                              String maskedIdNumber, Instant verifiedAt) {}
