package io.kaola.payment.charge.application;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.QuotaReservationView;

/**
 * kaola-user, as a payment sees it: the cross-border checks before a payment is opened (docs/cross-border.md §1, §3).
 * The port; over Dubbo in infrastructure. Both are reads, so retried by the implementation.
 */
public interface BuyerChecks {

    /**
     * The annual quota checked again at payment: the order's reservation must still be live.
     *
     * @return the live reservation
     * @throws KaolaException USER_QUOTA_RESERVATION_NOT_FOUND (none, or released: e.g. the order was cancelled),
     *         passed through; COMMON_SERVICE_UNAVAILABLE when kaola-user cannot be reached
     */
    QuotaReservationView checkQuotaForPayment(long buyerId, String orderNo);

    /**
     * The buyer's full identity, for the provider's payer check only: never log or store it.
     *
     * @throws KaolaException CROSSBORDER_BUYER_NOT_VERIFIED, passed through; COMMON_SERVICE_UNAVAILABLE
     */
    DeclarationIdentity buyerIdentity(long buyerId);
}
