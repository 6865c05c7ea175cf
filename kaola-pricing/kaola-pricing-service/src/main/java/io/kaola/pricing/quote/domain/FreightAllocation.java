package io.kaola.pricing.quote.domain;

/**
 * Splits the order's freight over its lines, pro rata to each line's goods after real reductions:
 * {@code round_HALF_UP(freight × lineGoods / orderGoods)} for every line but the last, which takes the remainder,
 * so the parts always add up to the freight (docs/cross-border.md §2). A part is never negative: in the rare case
 * where rounding up earlier lines would pass the freight, a line gets what is left.
 */
public final class FreightAllocation {
    private FreightAllocation() {}

    /**
     * @param freightFen the order's freight, CNY fen, >= 0
     * @param goodsFen   each line's goods after real reductions, CNY fen, >= 0, at least one line
     * @return the freight of each line, CNY fen, summing to freightFen (all on the last line when the goods are all 0)
     */
    public static long[] allocate(long freightFen, long[] goodsFen) {
        int n = goodsFen.length;
        long[] parts = new long[n];
        long total = 0;
        for (long g : goodsFen) total = Math.addExact(total, g);
        long left = freightFen;
        for (int i = 0; i < n - 1 && total > 0; i++) {
            // HALF_UP of freight × g / total for non-negative integers: floor((2 × freight × g + total) / (2 × total))
            long share = Math.addExact(Math.multiplyExact(Math.multiplyExact(2, freightFen), goodsFen[i]), total) / Math.multiplyExact(2, total);
            parts[i] = Math.min(share, left);
            left -= parts[i];
        }
        parts[n - 1] = left;
        return parts;
    }
}
