package io.kaola.user.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a shopper (or ops) sees of a real-name identity: never the full number.
 *
 * @param userId         the account
 * @param status         NONE or VERIFIED
 * @param name           real name (null when NONE)
 * @param maskedIdNumber first 4 and last 4 characters, e.g. {@code 3301**********123X} (null when NONE)
 * @param verifiedAt     when the provider confirmed it (null when NONE)
 */
public record IdentityView(long userId, IdentityStatus status, String name, String maskedIdNumber, Instant verifiedAt)
        implements Serializable {}
