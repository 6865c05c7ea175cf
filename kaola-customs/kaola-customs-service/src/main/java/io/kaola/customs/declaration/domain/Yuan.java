package io.kaola.customs.declaration.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts and weights as the unified messages write them: yuan with 2 decimals, kilograms with 3. */
public final class Yuan {
    private Yuan() {}

    /** @param fen CNY minor units @return yuan, scale 2, exact */
    public static BigDecimal ofFen(long fen) { return BigDecimal.valueOf(fen, 2); }

    /** @param grams weight in grams @return kilograms, scale 3, exact */
    public static BigDecimal kilograms(long grams) { return BigDecimal.valueOf(grams, 3); }

    /**
     * @param totalFen a line's total, CNY fen
     * @param quantity its quantity (>= 1)
     * @return the unit price in yuan: scale 2 when the total divides evenly, else scale 4 rounded HALF_UP
     *         (UNVERIFIED: how customs wants a price reduction that does not divide by the quantity)
     */
    public static BigDecimal unitPrice(long totalFen, int quantity) {
        BigDecimal total = ofFen(totalFen);
        if (totalFen % quantity == 0) return ofFen(totalFen / quantity);
        return total.divide(BigDecimal.valueOf(quantity), 4, RoundingMode.HALF_UP);
    }
}
