package io.kaola.user.quota.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The annual cross-border limit per identity number (26,000.00 CNY, 财关税〔2018〕49号; docs/cross-border.md §1).
 * An order passes when used + reserved + its amount is at most the limit: exactly at the limit passes, one fen
 * more is refused (L5/L6). The year is the calendar year of the order time in Asia/Shanghai (L8), and the amount
 * is the dutiable value, plus the tax only when {@code countsTax} (both UNVERIFIED rules, so settings).
 *
 * @param limitFen  the annual limit, CNY fen (2,600,000)
 * @param zone      the time zone whose calendar year counts (Asia/Shanghai)
 * @param countsTax whether the cross-border tax counts toward the total (default false)
 */
public record AnnualQuota(long limitFen, ZoneId zone, boolean countsTax) {
    public static final long STATUTORY_LIMIT_FEN = 2_600_000L;
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public AnnualQuota {
        Objects.requireNonNull(zone, "zone");
        if (limitFen <= 0) throw new IllegalArgumentException("the annual limit must be positive");
    }

    /** @return the statutory rule: 26,000.00 CNY, calendar year in Asia/Shanghai, tax not counted */
    public static AnnualQuota statutory() { return new AnnualQuota(STATUTORY_LIMIT_FEN, CHINA, false); }

    /** @return the quota year of an order placed at {@code orderedAt} */
    public int yearOf(Instant orderedAt) { return orderedAt.atZone(zone).getYear(); }

    /**
     * @param dutiableFen the order's dutiable value (完税价格), fen, >= 0
     * @param taxFen      its cross-border tax, fen, >= 0
     * @return what the order counts toward the annual total
     */
    public long countedFen(long dutiableFen, long taxFen) {
        if (dutiableFen < 0 || taxFen < 0) throw new IllegalArgumentException("amounts must not be negative");
        return countsTax ? Math.addExact(dutiableFen, taxFen) : dutiableFen;
    }

    /**
     * @param usedFen     confirmed (paid) this year, fen
     * @param reservedFen reserved by placed, unpaid orders this year, fen
     * @param amountFen   what the new order counts, fen
     * @return allowed, or a refusal saying the amount, what already counts and what remains
     */
    public Verdict check(long usedFen, long reservedFen, long amountFen) {
        if (usedFen < 0 || reservedFen < 0 || amountFen < 0) throw new IllegalArgumentException("amounts must not be negative");
        long counted = Math.addExact(usedFen, reservedFen);
        long remaining = Math.max(0, limitFen - counted);
        if (amountFen <= remaining) return new Verdict.Allowed(amountFen, remaining - amountFen);
        return new Verdict.Refused(amountFen, limitFen, counted, remaining);
    }

    /** @return fen as plain CNY with two decimals, e.g. 100001 → "1000.01" */
    public static String cny(long fen) { return BigDecimal.valueOf(fen, 2).toPlainString(); }

    /** The answer of {@link #check}. */
    public sealed interface Verdict {
        /** @param amountFen the order's amount; @param remainingAfterFen what remains once it is counted */
        record Allowed(long amountFen, long remainingAfterFen) implements Verdict {}

        /**
         * @param amountFen    the order's amount
         * @param limitFen     the annual limit
         * @param usedFen      what already counts this year: used + reserved
         * @param remainingFen what remains before this order
         */
        record Refused(long amountFen, long limitFen, long usedFen, long remainingFen) implements Verdict {
            /** @return e.g. "this order counts 1000.01 CNY toward 2026; 1000.00 CNY of the 26000.00 CNY annual limit remains" */
            public String detail(int year) {
                return "this order counts " + cny(amountFen) + " CNY toward " + year + "; " + cny(remainingFen)
                        + " CNY of the " + cny(limitFen) + " CNY annual limit remains";
            }
        }
    }
}
