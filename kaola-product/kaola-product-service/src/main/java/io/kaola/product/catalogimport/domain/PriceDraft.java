package io.kaola.product.catalogimport.domain;

import io.kaola.common.money.Money;

import java.time.Instant;

/**
 * One commercetools price (embedded PriceDraft or StandalonePriceDraft), reduced to what the
 * supplier-price choice needs.
 *
 * @param value            the amount, already in the currency's default minor units
 * @param country          ISO 3166 country the price is limited to, null for any
 * @param hasChannel       true when limited to a distribution channel
 * @param hasCustomerGroup true when limited to a customer group
 * @param validFrom        start of validity, null for open
 * @param validUntil       end of validity (exclusive), null for open
 */
public record PriceDraft(Money value, String country, boolean hasChannel, boolean hasCustomerGroup,
                         Instant validFrom, Instant validUntil) {

    /** @return true when the price is valid at {@code now} */
    public boolean isValidAt(Instant now) {
        return (validFrom == null || !now.isBefore(validFrom)) && (validUntil == null || now.isBefore(validUntil));
    }

    /** @return true when every buyer can get it: no channel and no customer group */
    public boolean isForEveryone() { return !hasChannel && !hasCustomerGroup; }
}
