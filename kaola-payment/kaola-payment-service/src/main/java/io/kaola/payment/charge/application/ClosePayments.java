package io.kaola.payment.charge.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.charge.domain.ProviderClose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Closing the payments of an order that is being cancelled (docs/payments.md "Cancel"): at the provider first,
 * then PENDING → CLOSED here, guarded, so that a notification racing the close is never lost. The provider's close
 * is atomic with the payer's confirmation (sandbox: one guarded UPDATE), so exactly one of them wins: CLOSED, or
 * ALREADY_PAID and the payment stays PENDING until its notification makes it SUCCEEDED.
 */
@Service
public class ClosePayments {
    private static final Logger log = LoggerFactory.getLogger(ClosePayments.class);

    private final PaymentRepository payments;
    private final PaymentProviders providers;
    private final Clock clock;

    public ClosePayments(PaymentRepository payments, PaymentProviders providers, Clock clock) {
        this.payments = payments;
        this.providers = providers;
        this.clock = clock;
    }

    /**
     * Closes every PENDING payment of the order. A SUCCEEDED payment whose money counts for the order (no refund due)
     * means the order is paid: ALREADY_PAID without asking any provider. Idempotent.
     *
     * @param orderNo the order, 1..32 characters
     * @return CLOSED (this call closed at least one), NONE_OPEN, or ALREADY_PAID naming the paid payment (the payments
     *         closed before the provider said so stay closed)
     * @throws KaolaException COMMON_INVALID_REQUEST; COMMON_SERVICE_UNAVAILABLE when a provider cannot be reached or is
     *         not configured here (call again: what was closed stays closed)
     */
    public ClosePaymentsResult closeAllOf(String orderNo) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > 32) {
            throw CommonError.INVALID_REQUEST.exception("orderNo is required, at most 32 characters");
        }
        List<PaymentOrder> all = payments.findAllByOrderNo(orderNo);
        for (PaymentOrder p : all) {
            if (countsAsPaid(p)) return paid(orderNo, List.of(), p.paymentNo());
        }
        List<String> closed = new ArrayList<>();
        for (PaymentOrder p : all) {
            if (!p.isPending()) continue;
            if (adapterOf(p).close(p) == ProviderClose.ALREADY_PAID) {
                log.info("order {}: payment {} is already paid at {}, not closed", orderNo, p.paymentNo(), p.provider());
                return paid(orderNo, closed, p.paymentNo());
            }
            if (payments.move(p, p.close(clock.instant()))) {
                log.info("order {}: payment {} CLOSED at {}", orderNo, p.paymentNo(), p.provider());
                closed.add(p.paymentNo());
            } else if (payments.find(p.paymentNo()).filter(ClosePayments::countsAsPaid).isPresent()) {
                // its notification arrived between the provider's answer and our write
                return paid(orderNo, closed, p.paymentNo());
            }
        }
        return new ClosePaymentsResult(orderNo,
                closed.isEmpty() ? ClosePaymentsResult.Outcome.NONE_OPEN : ClosePaymentsResult.Outcome.CLOSED, closed, null);
    }

    /**
     * Closes a payment just opened for an order that turned out to be no longer payable (the fence of
     * {@link CreatePayment}): at the provider whatever our status says (the cancel may have marked it CLOSED before
     * the provider saw it opened), then PENDING → CLOSED if still PENDING.
     *
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when the provider cannot be reached (the payment stays open:
     *         a repeated cancel closes it; money it takes is recorded as a refund due)
     */
    public void closeAfterCancel(PaymentOrder payment) {
        if (adapterOf(payment).close(payment) == ProviderClose.ALREADY_PAID) {
            log.warn("payment {} of order {} was paid at {} while its order was cancelled; its notification will be"
                    + " recorded as a refund due", payment.paymentNo(), payment.orderNo(), payment.provider());
            return;
        }
        payments.find(payment.paymentNo()).filter(PaymentOrder::isPending)
                .ifPresent(p -> payments.move(p, p.close(clock.instant())));
    }

    private PaymentProviderAdapter adapterOf(PaymentOrder p) {
        return providers.find(p.provider()).orElseThrow(() -> CommonError.SERVICE_UNAVAILABLE.exception("payment "
                + p.paymentNo() + " is at provider " + p.provider() + ", which this instance is not configured for"));
    }

    /** A SUCCEEDED payment pays the order unless its money is to be refunded (e.g. it arrived after a cancel). */
    private static boolean countsAsPaid(PaymentOrder p) {
        return p.status() == PaymentStatus.SUCCEEDED && !p.isRefundDue();
    }

    private static ClosePaymentsResult paid(String orderNo, List<String> closed, String paymentNo) {
        return new ClosePaymentsResult(orderNo, ClosePaymentsResult.Outcome.ALREADY_PAID, closed, paymentNo);
    }
}
