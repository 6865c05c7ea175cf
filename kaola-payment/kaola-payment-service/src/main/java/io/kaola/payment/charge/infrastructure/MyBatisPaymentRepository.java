package io.kaola.payment.charge.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link PaymentRepository} on kaola_payment's {@code payment_order} and {@code payment_notification} tables, through
 * MyBatis ({@link PaymentOrderMapper}, SQL in mapper/PaymentOrderMapper.xml).
 */
@Repository
public class MyBatisPaymentRepository implements PaymentRepository {
    private final PaymentOrderMapper mapper;

    public MyBatisPaymentRepository(PaymentOrderMapper mapper) { this.mapper = mapper; }

    /** A duplicate key (uk_payment_order_live_order_no, or the payment number) stores nothing: false. */
    @Override
    public boolean insert(PaymentOrder p) {
        try {
            mapper.insert(new PaymentOrderRow(p.paymentNo(), p.orderNo(), p.buyerId(), p.amount().minor(),
                    p.amount().currency(), p.status().name(), p.provider(), p.providerTxnId(), p.payUrl(),
                    p.createdAt(), p.succeededAt(), p.failureCode(), p.closedAt(),
                    p.refundDueReason() == null ? null : p.refundDueReason().name(), p.refundDueAt()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<PaymentOrder> find(String paymentNo) {
        return Optional.ofNullable(mapper.findByPaymentNo(paymentNo)).map(MyBatisPaymentRepository::toDomain);
    }

    @Override
    public Optional<PaymentOrder> lockForUpdate(String paymentNo) {
        return Optional.ofNullable(mapper.lockByPaymentNo(paymentNo)).map(MyBatisPaymentRepository::toDomain);
    }

    @Override
    public Optional<PaymentOrder> findLiveByOrderNo(String orderNo) {
        return Optional.ofNullable(mapper.findLiveByOrderNo(orderNo)).map(MyBatisPaymentRepository::toDomain);
    }

    @Override
    public List<PaymentOrder> findAllByOrderNo(String orderNo) {
        return mapper.findAllByOrderNo(orderNo).stream().map(MyBatisPaymentRepository::toDomain).toList();
    }

    @Override
    public List<PaymentOrder> inWindow(Instant from, Instant to) {
        return mapper.inWindow(from, to).stream().map(MyBatisPaymentRepository::toDomain).toList();
    }

    @Override
    public boolean move(PaymentOrder before, PaymentOrder after) {
        if (!before.paymentNo().equals(after.paymentNo()) || before.status() == after.status()) {
            throw new IllegalArgumentException("not a move of one payment: " + before.paymentNo() + " " + before.status()
                    + " -> " + after.paymentNo() + " " + after.status());
        }
        return mapper.moveStatus(before.paymentNo(), before.status().name(), after.status().name(),
                after.providerTxnId(), after.succeededAt(), after.failureCode(), after.closedAt(),
                after.refundDueReason() == null ? null : after.refundDueReason().name(), after.refundDueAt()) == 1;
    }

    @Override
    public void savePayUrl(String paymentNo, String payUrl) { mapper.updatePayUrl(paymentNo, payUrl); }

    @Override
    public boolean markRefundDue(String paymentNo, RefundDueReason reason, Instant at, String providerTxnId) {
        return mapper.markRefundDue(paymentNo, reason.name(), at, providerTxnId) == 1;
    }

    @Override
    public <V extends Serializable> Page<V> findRefundsDue(PageRequest page, Function<PaymentOrder, V> view) {
        List<V> items = mapper.findRefundsDue(page.size(), page.offset()).stream()
                .map(MyBatisPaymentRepository::toDomain).map(view).toList();
        return new Page<>(items, page.page(), page.size(), mapper.countRefundsDue());
    }

    @Override
    public boolean recordNotification(String provider, String providerTxnId, String paymentNo, String body,
                                      Instant receivedAt) {
        try {
            mapper.insertNotification(provider, providerTxnId, paymentNo, body, receivedAt);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public boolean isNotificationRecorded(String provider, String providerTxnId) {
        return mapper.countNotifications(provider, providerTxnId) > 0;
    }

    @Override
    public int countNotifications(String paymentNo) { return mapper.countNotificationsOfPayment(paymentNo); }

    private static PaymentOrder toDomain(PaymentOrderRow r) {
        return new PaymentOrder(r.paymentNo(), r.orderNo(), r.buyerId(), new Money(r.amountMinor(), r.currency()),
                PaymentStatus.valueOf(r.status()), r.provider(), r.providerTxnId(), r.payUrl(), r.createdAt(),
                r.succeededAt(), r.failureCode(), r.closedAt(),
                r.refundDueReason() == null ? null : RefundDueReason.valueOf(r.refundDueReason()), r.refundDueAt());
    }
}
