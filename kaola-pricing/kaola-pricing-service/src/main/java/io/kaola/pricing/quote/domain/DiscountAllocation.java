package io.kaola.pricing.quote.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a cart-level reduction (a full-reduction tier, a coupon) over the lines it applies to by the largest
 * remainder method (Hamilton): each line first gets {@code floor(amount × weight / total)} fen; the fen left over
 * go one each to the lines with the largest remainders {@code amount × weight mod total}, ties to the earlier line
 * in the cart's order. So the parts always add up to the amount exactly, the split does not depend on map or
 * thread order, and no part exceeds its line's weight (the amount is capped at the total first).
 * <p>
 * Why not "pro rata, remainder on the last line" as the freight split does: with a reduction the last line can be
 * pushed below zero or past its own amount (lilishop and yudao put the remainder on the last key, docs/promotions.md).
 */
public final class DiscountAllocation {
    private DiscountAllocation() {}

    /**
     * @param amountFen  the reduction, CNY fen, >= 0; more than the weights' sum is capped at the sum
     * @param weightsFen what each line can be reduced by (its goods after earlier reductions), CNY fen, each >= 0;
     *                   a line the reduction does not apply to has weight 0 and gets 0
     * @return each line's part, CNY fen, 0 <= part[i] <= weightsFen[i], summing to min(amountFen, Σ weights)
     * @throws IllegalArgumentException if the amount or a weight is negative
     * @throws ArithmeticException      if amount × weight overflows a long (amounts beyond ~9.2 × 10^18 fen²)
     */
    public static long[] largestRemainder(long amountFen, long[] weightsFen) {
        if (amountFen < 0) throw new IllegalArgumentException("a reduction cannot be negative: " + amountFen);
        int n = weightsFen.length;
        long total = 0;
        for (long w : weightsFen) {
            if (w < 0) throw new IllegalArgumentException("a line weight cannot be negative: " + Arrays.toString(weightsFen));
            total = Math.addExact(total, w);
        }
        long[] parts = new long[n];
        if (total == 0 || amountFen == 0) return parts;
        long amount = Math.min(amountFen, total);
        long[] remainders = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            long product = Math.multiplyExact(amount, weightsFen[i]);
            parts[i] = product / total;
            remainders[i] = product % total;
            given += parts[i];
        }
        long left = amount - given;                      // < number of lines with a positive remainder
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> remainders[i]).reversed()
                .thenComparingInt(i -> i));
        for (int k = 0; k < left; k++) parts[order[k]]++;
        return parts;
    }
}
