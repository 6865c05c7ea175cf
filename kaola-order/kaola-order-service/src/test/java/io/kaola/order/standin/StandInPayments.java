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
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundSucceeded;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.api.RefundView;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kaola-payment stand-in, as far as kaola-order uses it: closePaymentsOfOrder answers what the test scripted per
 * order ({@link #willAnswer}; NONE_OPEN when nothing is scripted), recordRefundDue keeps the first reason per payment
 * (idempotent, like the real one), requestRefund records a PENDING refund per idempotency key (a repeat answers the
 * first, like the real one; never more than asked is checked by the real kaola-payment, not here). Counts calls so
 * tests can see what kaola-order asked for.
 */
@DubboService
public class StandInPayments implements PaymentService {
    /** A scripted answer: an outcome, or {@link #UNREACHABLE}. */
    public enum Answer { CLOSED, NONE_OPEN, ALREADY_PAID, UNREACHABLE }

    private final Map<String, Deque<Answer>> scripted = new HashMap<>();
    private final Map<String, Integer> closeCalls = new HashMap<>();
    private final Map<String, RefundDueReason> refundsDue = new HashMap<>();
    private final Map<String, Integer> refundDueCalls = new HashMap<>();
    private final Map<String, RefundView> refundsByKey = new java.util.LinkedHashMap<>();
    private final List<RefundRequest> requests = new ArrayList<>();

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

    /** @return every refund request kaola-order made for the order, repeats included, in order */
    public synchronized List<RefundRequest> refundRequests(String orderNo) {
        return requests.stream().filter(r -> r.orderNo().equals(orderNo)).toList();
    }

    /**
     * The provider confirms the refund, as kaola-payment would on its notification.
     *
     * @return the refund-succeeded event kaola-payment would publish
     */
    public synchronized RefundSucceeded succeed(String refundNo) {
        RefundView r = refundsByKey.values().stream().filter(v -> v.refundNo().equals(refundNo)).findFirst()
                .orElseThrow();
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        refundsByKey.put(r.idempotencyKey(), new RefundView(r.refundNo(), r.paymentNo(), r.orderNo(), r.buyerId(),
                r.amount(), RefundStatus.SUCCEEDED, r.reason(), r.idempotencyKey(), r.lines(), r.provider(),
                "SBXR-" + refundNo, null, r.requestedAt(), at));
        return new RefundSucceeded(r.refundNo(), r.paymentNo(), r.orderNo(), r.buyerId(), r.amount(),
                r.idempotencyKey(), r.lines(), at);
    }

    @Override
    public synchronized RefundView requestRefund(RefundRequest request) throws KaolaException {
        requests.add(request);
        return refundsByKey.computeIfAbsent(request.idempotencyKey(), key -> new RefundView("R-" + key, "PAY-"
                + request.orderNo(), request.orderNo(), 0, request.amount(), RefundStatus.PENDING, request.reason(), key,
                request.lines(), "sandbox", null, null, Instant.now(), null));
    }

    @Override
    public synchronized List<RefundView> refundsOfOrder(String orderNo) {
        List<RefundView> of = new ArrayList<>();
        for (RefundView r : refundsByKey.values()) if (r.orderNo().equals(orderNo)) of.add(r);
        return of;
    }

    @Override
    public Page<RefundView> listRefunds(RefundStatus status, PageRequest page) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public NotificationResult acceptRefundNotification(ProviderNotification notification) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public PaymentView createPayment(CreatePaymentRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public NotificationResult acceptNotification(ProviderNotification notification) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public PaymentView getPayment(long buyerId, String paymentNo) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public Page<RefundDueView> listRefundsDue(PageRequest page) { throw new UnsupportedOperationException("not part of the stand-in"); }
}
