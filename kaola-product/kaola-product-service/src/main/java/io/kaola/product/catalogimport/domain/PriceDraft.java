package io.kaola.product.catalogimport.domain;

import io.kaola.common.money.Money;

import java.time.Instant;

/**
 * One commercetools price (embedded PriceDraft or StandalonePriceDraft), reduced to what the
 * supplier-price choice needs.
 *
 * @param value            the amount, already in the currency's default minor units
 * @param country          ISO 3166 country the price is limited to, null for any
 * @param channel          key of the distribution channel the price is limited to ("id:&lt;id&gt;" when the
 *                         reference has no key), null for none
 * @param hasCustomerGroup true when limited to a customer group
 * @param validFrom        start of validity, null for open
 * @param validUntil       end of validity (exclusive), null for open
 */
public record PriceDraft(Money value, String country, String channel, boolean hasCustomerGroup,
                         Instant validFrom, Instant validUntil) {

    /** @return true when the price is valid at {@code now} */
    public boolean isValidAt(Instant now) {
        return (validFrom == null || !now.isBefore(validFrom)) && (validUntil == null || now.isBefore(validUntil));
    }

    /** @return true when limited to a distribution channel */
    public boolean hasChannel() { return channel != null; }

    /** @return true when every buyer can get it: no channel and no customer group */
    public boolean isForEveryone() { return !hasChannel() && !hasCustomerGroup; }
}
