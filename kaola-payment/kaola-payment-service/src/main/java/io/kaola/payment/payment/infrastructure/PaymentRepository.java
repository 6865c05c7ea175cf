package io.kaola.payment.payment.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.payment.domain.PaymentOrder;
import io.kaola.payment.payment.domain.PaymentTransition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** Payment orders and their notification records in kaola_payment. */
@Repository
public class PaymentRepository {
    private final PaymentOrderMapper mapper;

    public PaymentRepository(PaymentOrderMapper mapper) { this.mapper = mapper; }

    /** @throws DuplicateKeyException when the payment number exists or the order already has a live payment */
    public void insert(PaymentOrder p) {
        mapper.insert(new PaymentOrderRow(p.paymentNo(), p.orderNo(), p.buyerId(), p.amount().minor(),
                p.amount().currency(), p.status().name(), p.provider(), p.providerTxnId(), p.createdAt(),
                p.succeededAt(), p.failureCode()));
    }

    public Optional<PaymentOrder> find(String paymentNo) {
        return Optional.ofNullable(mapper.findByPaymentNo(paymentNo)).map(PaymentRepository::toDomain);
    }

    /** @return the order's PENDING or SUCCEEDED payment; empty when it has none or only FAILED ones */
    public Optional<PaymentOrder> findLiveByOrderNo(String orderNo) {
        return Optional.ofNullable(mapper.findLiveByOrderNo(orderNo)).map(PaymentRepository::toDomain);
    }

    /** @return every payment of the order, oldest first */
    public java.util.List<PaymentOrder> findAllByOrderNo(String orderNo) {
        return mapper.findAllByOrderNo(orderNo).stream().map(PaymentRepository::toDomain).toList();
    }

    /**
     * Writes {@code after}, guarded by {@code before}'s status.
     * @return false when the row was no longer in {@code before}'s status (nothing written)
     */
    public boolean apply(PaymentTransition transition, PaymentOrder before, PaymentOrder after) {
        if (!transition.startsAt(before.status()) || after.status() != transition.to()) {
            throw new IllegalArgumentException(transition + " does not lead from " + before.status() + " to " + after.status());
        }
        return mapper.moveStatus(before.paymentNo(), before.status().name(), after.status().name(),
                after.providerTxnId(), after.succeededAt(), after.failureCode()) == 1;
    }

    /** @return false when (provider, providerTxnId) was recorded before (nothing written) */
    public boolean recordNotification(String provider, String providerTxnId, String paymentNo, String body,
                                      Instant receivedAt) {
        try {
            mapper.insertNotification(provider, providerTxnId, paymentNo, body, receivedAt);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    public boolean isNotificationRecorded(String provider, String providerTxnId) {
        return mapper.countNotifications(provider, providerTxnId) > 0;
    }

    /** @return how many notifications were recorded for the payment */
    public int countNotifications(String paymentNo) { return mapper.countNotificationsOfPayment(paymentNo); }

    private static PaymentOrder toDomain(PaymentOrderRow r) {
        return new PaymentOrder(r.paymentNo(), r.orderNo(), r.buyerId(), new Money(r.amountMinor(), r.currency()),
                PaymentStatus.valueOf(r.status()), r.provider(), r.providerTxnId(), r.createdAt(), r.succeededAt(),
                r.failureCode());
    }
}
