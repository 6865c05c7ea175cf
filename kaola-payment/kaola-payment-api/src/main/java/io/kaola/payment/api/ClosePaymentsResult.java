package io.kaola.payment.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link PaymentService#closePaymentsOfOrder} did.
 *
 * @param orderNo          the order
 * @param outcome          CLOSED (at least one open payment was closed at its provider now), NONE_OPEN (nothing
 *                         was open: never paid for, or closed before) or ALREADY_PAID (the provider had taken the
 *                         money: the order goes on to PAID through the normal notification, it must not be closed)
 * @param closedPaymentNos the payments this call closed, oldest first (empty unless CLOSED)
 * @param paidPaymentNo    the payment the provider says is paid (ALREADY_PAID), else null
 */
public record ClosePaymentsResult(String orderNo, Outcome outcome, List<String> closedPaymentNos, String paidPaymentNo)
        implements Serializable {

    public ClosePaymentsResult {
        closedPaymentNos = closedPaymentNos == null ? new ArrayList<>() : new ArrayList<>(closedPaymentNos);
    }

    /** See {@link ClosePaymentsResult#outcome()}. */
    public enum Outcome { CLOSED, NONE_OPEN, ALREADY_PAID }

    /** @return true when nothing of the order can take money any more (CLOSED or NONE_OPEN) */
    public boolean nothingOpen() { return outcome != Outcome.ALREADY_PAID; }
}
