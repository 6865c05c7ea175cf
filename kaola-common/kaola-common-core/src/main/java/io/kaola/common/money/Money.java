package io.kaola.common.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in minor units (fen for CNY, cents for EUR/GBP/USD) of one ISO 4217
 * currency. Never a double. Arithmetic is exact ({@link Math#addExact}) and refuses
 * mixed currencies; conversion between currencies lives in kaola-pricing, which names the rate.
 *
 * @param minor    amount in the currency's minor units (may be negative for a discount)
 * @param currency ISO 4217 alphabetic code, upper case, e.g. "CNY"
 */
public record Money(long minor, String currency) implements Serializable {

    public static final String CNY = "CNY";

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.length() != 3 || !currency.equals(currency.toUpperCase())) {
            throw new IllegalArgumentException("currency must be an upper-case ISO 4217 code: " + currency);
        }
    }

    /** @return {@code minor} fen of CNY */
    public static Money cny(long fen) { return new Money(fen, CNY); }

    /** @return zero in {@code currency} */
    public static Money zero(String currency) { return new Money(0, currency); }

    /** @return this + other; both in the same currency */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** @return this - other; both in the same currency */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    /** @return this × quantity, exactly */
    public Money times(long quantity) { return new Money(Math.multiplyExact(minor, quantity), currency); }

    /** @return true when the amount is below zero */
    public boolean isNegative() { return minor < 0; }

    /** @return the number of minor-unit digits of the currency (2 for CNY, EUR, USD, GBP; 0 for JPY) */
    public int fractionDigits() {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /** @return the amount in major units, exact (e.g. 123.45) */
    public BigDecimal toMajor() { return BigDecimal.valueOf(minor, fractionDigits()); }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override public String toString() { return toMajor().toPlainString() + " " + currency; }
}
