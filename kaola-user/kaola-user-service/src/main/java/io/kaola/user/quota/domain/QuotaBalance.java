package io.kaola.user.quota.domain;

/**
 * One identity's quota in one year.
 *
 * @param usedFen     confirmed by payment, CNY fen
 * @param reservedFen held by placed, unpaid orders, CNY fen
 */
public record QuotaBalance(long usedFen, long reservedFen) {
    public static final QuotaBalance EMPTY = new QuotaBalance(0, 0);

    public QuotaBalance {
        if (usedFen < 0 || reservedFen < 0) {
            throw new IllegalStateException("quota balance below zero: used " + usedFen + ", reserved " + reservedFen);
        }
    }

    /** @return used + reserved: what counts against the limit */
    public long countedFen() { return Math.addExact(usedFen, reservedFen); }

    /** @return with {@code amountFen} more reserved (order placed) */
    public QuotaBalance reserve(long amountFen) { return new QuotaBalance(usedFen, Math.addExact(reservedFen, amountFen)); }

    /** @return with {@code amountFen} moved from reserved to used (order paid) */
    public QuotaBalance confirm(long amountFen) {
        return new QuotaBalance(Math.addExact(usedFen, amountFen), Math.subtractExact(reservedFen, amountFen));
    }

    /** @return with {@code amountFen} less reserved (unpaid order cancelled) */
    public QuotaBalance releaseReserved(long amountFen) { return new QuotaBalance(usedFen, Math.subtractExact(reservedFen, amountFen)); }

    /** @return with {@code amountFen} less used (paid order refunded or returned in time) */
    public QuotaBalance refund(long amountFen) { return new QuotaBalance(Math.subtractExact(usedFen, amountFen), reservedFen); }
}
