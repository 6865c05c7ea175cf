package io.kaola.user.api;

import io.kaola.common.error.KaolaException;

/**
 * The annual cross-border quota per identity number: reserved at order placement, confirmed on
 * payment, released on cancel or refund, partly restored on a return. Race-safe: concurrent orders of one identity cannot together
 * pass the limit. Rule and source: docs/cross-border.md §1.
 */
public interface QuotaService {

    /**
     * Reserves the order's amount in the year of {@code orderedAt}. Idempotent on orderNo.
     * @throws KaolaException CROSSBORDER_BUYER_NOT_VERIFIED; CROSSBORDER_OVER_ANNUAL_LIMIT with
     *         limit, amountCny, usedCny, remainingCny, year (nothing reserved)
     */
    QuotaReservationView reserve(ReserveQuotaRequest request) throws KaolaException;

    /**
     * Re-checks the reservation before payment: it must be RESERVED (or already CONFIRMED).
     * @throws KaolaException USER_QUOTA_RESERVATION_NOT_FOUND (none, or RELEASED)
     */
    QuotaReservationView checkForPayment(long buyerId, String orderNo) throws KaolaException;

    /** Makes the reservation final (on payment). Idempotent. @throws KaolaException USER_QUOTA_RESERVATION_NOT_FOUND */
    QuotaReservationView confirm(String orderNo) throws KaolaException;

    /**
     * Gives the amount back (cancel, refund). Idempotent; null for an unknown order. Of a CONFIRMED reservation
     * only what is not restored yet ({@link #restore}) is given back.
     */
    QuotaReservationView release(String orderNo) throws KaolaException;

    /**
     * Gives back part of a CONFIRMED reservation: the dutiable value of returned goods, when customs accepted the
     * return within the windows (docs/cross-border.md §4.6, 海关总署公告2020年第45号). Idempotent on (orderNo, restoreKey):
     * a repeat returns the reservation unchanged. The total restored never exceeds the reservation's amount; the year's
     * {@code used} goes down by the amount. The reservation stays CONFIRMED (also with nothing left to restore) and
     * its view keeps the amount first reserved.
     *
     * @param request orderNo, restoreKey (1..64 characters), amount in CNY fen (> 0)
     * @return the reservation, CONFIRMED
     * @throws KaolaException USER_QUOTA_RESERVATION_NOT_FOUND (none, or not CONFIRMED), USER_INVALID_QUOTA_RESTORE
     *         (amount ≤ 0, not CNY, more than is left to restore, a blank or too long key, or the key used before
     *         with another amount); nothing is written on a refusal
     */
    QuotaReservationView restore(RestoreQuotaRequest request) throws KaolaException;

    /**
     * @param year calendar year, e.g. 2026
     * @return the buyer's quota that year
     * @throws KaolaException CROSSBORDER_BUYER_NOT_VERIFIED
     */
    QuotaView getQuota(long buyerId, int year) throws KaolaException;
}
