package io.kaola.user.api;

import io.kaola.common.error.KaolaException;

/**
 * The annual cross-border quota per identity number: reserved at order placement, confirmed on
 * payment, released on cancel or refund. Race-safe: concurrent orders of one identity cannot together
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

    /** Gives the amount back (cancel, refund). Idempotent; null for an unknown order. */
    QuotaReservationView release(String orderNo) throws KaolaException;

    /**
     * @param year calendar year, e.g. 2026
     * @return the buyer's quota that year
     * @throws KaolaException CROSSBORDER_BUYER_NOT_VERIFIED
     */
    QuotaView getQuota(long buyerId, int year) throws KaolaException;
}
