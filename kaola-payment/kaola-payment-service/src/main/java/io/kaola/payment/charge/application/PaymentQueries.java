package io.kaola.payment.charge.application;

import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Reads of payments for their buyer. */
@Service
public class PaymentQueries {
    private final PaymentRepository payments;

    public PaymentQueries(PaymentRepository payments) { this.payments = payments; }

    /**
     * @return the buyer's payment
     * @throws KaolaException PAYMENT_NOT_FOUND, also for another buyer's payment (no hint that it exists)
     */
    public PaymentOrder getForBuyer(long buyerId, String paymentNo) {
        return (paymentNo == null ? Optional.<PaymentOrder>empty() : payments.find(paymentNo))
                .filter(p -> p.buyerId() == buyerId)
                .orElseThrow(() -> PaymentError.NOT_FOUND.exception("no payment " + paymentNo + " for this buyer"));
    }
}
