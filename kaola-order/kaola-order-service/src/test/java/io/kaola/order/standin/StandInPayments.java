package io.kaola.order.standin;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kaola-payment stand-in, as far as kaola-order uses it: closePaymentsOfOrder answers what the test scripted per
 * order ({@link #willAnswer}; NONE_OPEN when nothing is scripted), recordRefundDue keeps the first reason per payment
 * (idempotent, like the real one). Counts calls so tests can see what kaola-order asked for.
 */
@DubboService
public class StandInPayments implements PaymentService {
    /** A scripted answer: an outcome, or {@link #UNREACHABLE}. */
    public enum Answer { CLOSED, NONE_OPEN, ALREADY_PAID, UNREACHABLE }

    private final Map<String, Deque<Answer>> scripted = new HashMap<>();
    private final Map<String, Integer> closeCalls = new HashMap<>();
    private final Map<String, RefundDueReason> refundsDue = new HashMap<>();
    private final Map<String, Integer> refundDueCalls = new HashMap<>();

    /** The next calls of closePaymentsOfOrder for the order answer these, in order; later calls NONE_OPEN. */
    public synchronized void willAnswer(String orderNo, Answer... answers) {
        scripted.put(orderNo, new ArrayDeque<>(List.of(answers)));
    }

    public synchronized int closeCalls(String orderNo) { return closeCalls.getOrDefault(orderNo, 0); }

    /** @return the refund due recorded for the payment, null when none */
    public synchronized RefundDueReason refundDue(String paymentNo) { return refundsDue.get(paymentNo); }

    public synchronized int refundDueCalls(String paymentNo) { return refundDueCalls.getOrDefault(paymentNo, 0); }

    @Override
    public synchronized ClosePaymentsResult closePaymentsOfOrder(String orderNo) throws KaolaException {
        closeCalls.merge(orderNo, 1, Integer::sum);
        Deque<Answer> answers = scripted.get(orderNo);
        Answer answer = answers == null || answers.isEmpty() ? Answer.NONE_OPEN : answers.poll();
        return switch (answer) {
            case CLOSED -> new ClosePaymentsResult(orderNo, ClosePaymentsResult.Outcome.CLOSED, List.of("PAY-" + orderNo), null);
            case NONE_OPEN -> new ClosePaymentsResult(orderNo, ClosePaymentsResult.Outcome.NONE_OPEN, List.of(), null);
            case ALREADY_PAID -> new ClosePaymentsResult(orderNo, ClosePaymentsResult.Outcome.ALREADY_PAID, List.of(),
                    "PAY-" + orderNo);
            case UNREACHABLE -> throw CommonError.SERVICE_UNAVAILABLE.exception("stand-in: the provider did not answer");
        };
    }

    @Override
    public synchronized RefundDueView recordRefundDue(String paymentNo, RefundDueReason reason) throws KaolaException {
        refundDueCalls.merge(paymentNo, 1, Integer::sum);
        RefundDueReason kept = refundsDue.computeIfAbsent(paymentNo, k -> reason);
        return new RefundDueView(paymentNo, null, 0, Money.cny(1), PaymentStatus.SUCCEEDED, "sandbox", "txn", kept,
                Instant.now());
    }

    @Override
    public PaymentView createPayment(CreatePaymentRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public NotificationResult acceptNotification(ProviderNotification notification) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public PaymentView getPayment(long buyerId, String paymentNo) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public Page<RefundDueView> listRefundsDue(PageRequest page) { throw new UnsupportedOperationException("not part of the stand-in"); }
}
