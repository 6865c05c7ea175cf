package io.kaola.payment.charge.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentTransition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Payment orders and their notification records in kaola_payment. */
@Repository
public class PaymentRepository {
    private final PaymentOrderMapper mapper;

    public PaymentRepository(PaymentOrderMapper mapper) { this.mapper = mapper; }

    /** @throws DuplicateKeyException when the payment number exists or the order already has a live payment */
    public void insert(PaymentOrder p) {
        mapper.insert(new PaymentOrderRow(p.paymentNo(), p.orderNo(), p.buyerId(), p.amount().minor(),
                p.amount().currency(), p.status().name(), p.provider(), p.providerTxnId(), p.payUrl(), p.createdAt(),
                p.succeededAt(), p.failureCode(), p.closedAt(),
                p.refundDueReason() == null ? null : p.refundDueReason().name(), p.refundDueAt()));
    }

    public Optional<PaymentOrder> find(String paymentNo) {
        return Optional.ofNullable(mapper.findByPaymentNo(paymentNo)).map(PaymentRepository::toDomain);
    }

    /** @return the order's PENDING or SUCCEEDED payment; empty when it has none or only FAILED or CLOSED ones */
    public Optional<PaymentOrder> findLiveByOrderNo(String orderNo) {
        return Optional.ofNullable(mapper.findLiveByOrderNo(orderNo)).map(PaymentRepository::toDomain);
    }

    /** @return every payment of the order, oldest first */
    public List<PaymentOrder> findAllByOrderNo(String orderNo) {
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
                after.providerTxnId(), after.succeededAt(), after.failureCode(), after.closedAt(),
                after.refundDueReason() == null ? null : after.refundDueReason().name(), after.refundDueAt()) == 1;
    }

    /** Keeps the provider's cashier page of the payment (as its adapter answered the last open). */
    public void savePayUrl(String paymentNo, String payUrl) { mapper.updatePayUrl(paymentNo, payUrl); }

    /**
     * Records a refund due, once.
     * @param providerTxnId the provider transaction that took the money, used when the payment has none; may be null
     * @return false when a refund due was recorded before (nothing written)
     */
    public boolean markRefundDue(String paymentNo, RefundDueReason reason, Instant at, String providerTxnId) {
        return mapper.markRefundDue(paymentNo, reason.name(), at, providerTxnId) == 1;
    }

    /** @return payments with a refund due, newest first, mapped by {@code view} */
    public <V extends Serializable> Page<V> findRefundsDue(PageRequest page, Function<PaymentOrder, V> view) {
        List<V> items = mapper.findRefundsDue(page.size(), page.offset()).stream()
                .map(PaymentRepository::toDomain).map(view).toList();
        return new Page<>(items, page.page(), page.size(), mapper.countRefundsDue());
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
                PaymentStatus.valueOf(r.status()), r.provider(), r.providerTxnId(), r.payUrl(), r.createdAt(),
                r.succeededAt(), r.failureCode(), r.closedAt(),
                r.refundDueReason() == null ? null : RefundDueReason.valueOf(r.refundDueReason()), r.refundDueAt());
    }
}
