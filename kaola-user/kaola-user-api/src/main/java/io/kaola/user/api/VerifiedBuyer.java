package io.kaola.user.api;

import java.io.Serializable;

/**
 * The verified buyer (订购人) an order records.
 *
 * @param userId         the account
 * @param name           real name
 * @param maskedIdNumber e.g. {@code 3301**********123X}
 * @param identityKey    a keyed hash (HMAC-SHA256, hex) of the identity number: the key of the annual quota,
 *                       equal for the same number on any account, revealing nothing of it
 */
public record VerifiedBuyer(long userId, String name, String maskedIdNumber, String identityKey) implements Serializable {}
