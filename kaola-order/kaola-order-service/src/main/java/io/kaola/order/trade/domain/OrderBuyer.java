package io.kaola.order.trade.domain;

import java.util.Objects;

/**
 * The verified buyer (订购人) an order records, as kaola-user confirmed it at placement. Never the full
 * identity number: the masked form for people, the keyed hash for matching (e.g. the annual quota).
 *
 * @param name           real name
 * @param maskedIdNumber first 4 + 10 '*' + last 4, e.g. {@code 3301**********123X}
 * @param identityKey    HMAC-SHA256 blind index of the identity number, 64 hex characters
 */
public record OrderBuyer(String name, String maskedIdNumber, String identityKey) {
    public OrderBuyer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
        Objects.requireNonNull(identityKey, "identityKey");
    }
}
