package io.kaola.order.trade.application;

import io.kaola.common.money.Money;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaView;
import io.kaola.user.api.ReserveQuotaRequest;

/**
 * kaola-user's annual cross-border quota (port; DubboQuotaClient in trade/infrastructure). reserve is idempotent on
 * orderNo and retried once after a timeout; confirm and release are idempotent; getQuota is a read.
 */
public interface QuotaClient {

    /**
     * Reserves the order's amount in the year of its placement.
     * @throws io.kaola.common.error.KaolaException CROSSBORDER_OVER_ANNUAL_LIMIT (with its details),
     *         CROSSBORDER_BUYER_NOT_VERIFIED, passed through; nothing reserved
     */
    QuotaReservationView reserve(ReserveQuotaRequest request);

    /** Makes the order's reservation final (on payment); idempotent. */
    QuotaReservationView confirm(String orderNo);

    /** Gives the order's amount back; a no-op (null) for an order without a reservation. */
    QuotaReservationView release(String orderNo);

    /**
     * Gives back part of the order's confirmed amount (a return within the customs windows); idempotent on
     * (orderNo, restoreKey).
     * @throws io.kaola.common.error.KaolaException USER_QUOTA_RESERVATION_NOT_FOUND, USER_INVALID_QUOTA_RESTORE
     */
    QuotaReservationView restore(String orderNo, String restoreKey, Money amount);

    /** @return the buyer's quota in {@code year} (calendar year) */
    QuotaView getQuota(long buyerId, int year);
}
