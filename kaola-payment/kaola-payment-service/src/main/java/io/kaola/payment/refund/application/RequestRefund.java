package io.kaola.payment.refund.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.RefundLine;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.charge.application.PaymentProviderAdapter;
import io.kaola.payment.charge.application.PaymentProviders;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.charge.domain.ProviderRefund;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundNumbers;
import io.kaola.payment.refund.domain.RefundRepository;
import io.kaola.payment.refund.domain.RefundRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Requests a refund (issue 12 §1): recorded PENDING first — in one database transaction with the payment row locked,
 * its refunds read and {@link RefundRules} checked, so that concurrent requests never refund more than was paid —
 * then, after the commit and outside any transaction, asked of the provider (idempotent there on refundNo). A provider
 * that cannot be reached leaves the refund PENDING without acknowledgement: {@link RetryRefunds} asks again. A
 * provider that refuses at once makes it FAILED with its reason. Deliberately not @Transactional.
 */
@Service
public class RequestRefund {
    /** Idempotency keys of the automatic refunds of refunds due: {@value}{@code <paymentNo>}. */
    public static final String DUE_KEY_PREFIX = "due:";
    private static final Logger log = LoggerFactory.getLogger(RequestRefund.class);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final RefundNumbers numbers;
    private final PaymentProviders providers;
    private final RecordRefundOutcome outcomes;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RequestRefund(PaymentRepository payments, RefundRepository refunds, RefundNumbers numbers,
                         PaymentProviders providers, RecordRefundOutcome outcomes, TransactionTemplate tx, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.numbers = numbers;
        this.providers = providers;
        this.outcomes = outcomes;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Refunds (part of) the order's SUCCEEDED payment (PaymentService.requestRefund, for kaola-order).
     *
     * @return the refund as it is after the provider was asked (PENDING, or FAILED when it refused at once); a repeat
     *         of the idempotency key returns the first refund as it is now
     * @throws KaolaException PAYMENT_NOT_FOUND (no SUCCEEDED payment), PAYMENT_INVALID_REFUND,
     *         PAYMENT_REFUND_EXCEEDS_PAID (refundableMinor)
     */
    public Refund forOrder(RefundRequest request) {
        if (request == null || request.orderNo() == null || request.orderNo().isBlank()) {
            throw CommonError.INVALID_REQUEST.exception("a refund request with orderNo is required");
        }
        Optional<Refund> first = Optional.ofNullable(request.idempotencyKey()).filter(k -> !k.isBlank())
                .flatMap(refunds::findByIdempotencyKey);
        if (first.isPresent()) {   // a repeat is answered even once nothing is left refundable
            RefundRules.checkRepeat(first.get(), request.orderNo(), request.amount());
            return first.get();
        }
        PaymentOrder payment = payments.findLiveByOrderNo(request.orderNo())
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED)
                .orElseThrow(() -> PaymentError.NOT_FOUND.exception("order " + request.orderNo()
                        + " has no SUCCEEDED payment to refund"));
        return request(payment.paymentNo(), request.orderNo(), request.amount(), request.reason(),
                request.idempotencyKey(), request.lines());
    }

    /**
     * Refunds a payment with a refund due in full: idempotency key {@code due:<paymentNo>}, reason = the due reason.
     * Idempotent (a repeat answers the first refund).
     *
     * @param payment a payment whose money the provider took, with a refund due recorded
     * @return the refund
     * @throws KaolaException PAYMENT_INVALID_REFUND (nothing due, or the payment took no money),
     *         PAYMENT_REFUND_EXCEEDS_PAID (other refunds took part of it: ops decide)
     */
    public Refund forRefundDue(PaymentOrder payment) {
        if (!payment.isRefundDue()) {
            throw PaymentError.INVALID_REFUND.exception("payment " + payment.paymentNo() + " has no refund due");
        }
        return request(payment.paymentNo(), payment.orderNo(), payment.amount(), payment.refundDueReason().name(),
                DUE_KEY_PREFIX + payment.paymentNo(), List.of());
    }

    private Refund request(String paymentNo, String orderNo, Money amount, String reason, String key,
                           List<RefundLine> lines) {
        RefundRules.checkLines(lines);
        Refund[] created = {null};
        Refund answered = tx.execute(status -> {
            PaymentOrder payment = payments.lockForUpdate(paymentNo)
                    .orElseThrow(() -> PaymentError.NOT_FOUND.exception("no payment " + paymentNo));
            // read after the lock: a concurrent request with the same key has committed or not started
            Optional<Refund> first = key == null ? Optional.empty() : refunds.findByIdempotencyKey(key);
            if (first.isPresent()) {
                RefundRules.checkRepeat(first.get(), orderNo, amount);
                return first.get();
            }
            if (!payment.tookMoney()) {
                throw PaymentError.INVALID_REFUND.exception("payment " + paymentNo + " is " + payment.status()
                        + ": the provider took no money to refund");
            }
            List<RefundRules.Earlier> earlier = refunds.findByPaymentNo(paymentNo).stream().map(Refund::asEarlier).toList();
            RefundRules.check(amount, payment.amount(), earlier, key, reason);
            Refund refund = Refund.request(numbers.next(), paymentNo, payment.orderNo(), payment.buyerId(), amount,
                    reason, key, lines, payment.provider(), clock.instant());
            if (!refunds.insert(refund)) {   // the key was taken meanwhile by a refund of another payment
                status.setRollbackOnly();
                return null;
            }
            created[0] = refund;
            return refund;
        });
        if (answered == null) {
            Refund first = refunds.findByIdempotencyKey(key).orElseThrow(() -> CommonError.SERVICE_UNAVAILABLE
                    .exception("the refund could not be recorded; retry"));
            RefundRules.checkRepeat(first, orderNo, amount);
            return first;
        }
        if (created[0] == null) return answered;   // a repeat: the retry job asks the provider should it be needed
        log.info("refund {} of {} on payment {} (order {}) recorded PENDING: {}", answered.refundNo(), answered.amount(),
                paymentNo, answered.orderNo(), reason);
        return askProvider(answered);
    }

    /**
     * Asks the provider for a PENDING refund it has not acknowledged (after the request, and from the retry job);
     * outside any transaction. PROCESSING: the acknowledgement is kept (the notification decides); SUCCEEDED at once:
     * decided now, with RefundSucceeded; REFUSED (or a refusal thrown, e.g. PAYMENT_REFUND_NOT_SUPPORTED): FAILED with
     * the reason; the provider unreachable: stays as it is, asked again later.
     *
     * @return the refund as it is now
     */
    public Refund askProvider(Refund refund) {
        Optional<PaymentProviderAdapter> adapter = providers.find(refund.provider());
        Optional<PaymentOrder> payment = payments.find(refund.paymentNo());
        if (adapter.isEmpty() || payment.isEmpty()) {
            log.warn("refund {}: provider {} is not configured here; left PENDING", refund.refundNo(), refund.provider());
            return refund;
        }
        ProviderRefund answer;
        try {
            answer = adapter.get().refund(payment.get(), refund.refundNo(), refund.amount());
        } catch (KaolaException e) {
            if (e.is(CommonError.SERVICE_UNAVAILABLE)) {
                log.warn("refund {}: provider {} unreachable ({}); left PENDING, asked again later", refund.refundNo(),
                        refund.provider(), e.getMessage());
                return refund;
            }
            answer = new ProviderRefund(refund.refundNo(), null, ProviderRefund.Status.REFUSED, e.code() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("refund {}: asking provider {} failed ({}); left PENDING, asked again later", refund.refundNo(),
                    refund.provider(), e.toString());
            return refund;
        }
        switch (answer.status()) {
            case PROCESSING -> refunds.recordAck(refund.refundNo(), answer.providerRefundId(), clock.instant());
            case SUCCEEDED -> {
                refunds.recordAck(refund.refundNo(), answer.providerRefundId(), clock.instant());
                Refund now = refunds.find(refund.refundNo()).orElse(refund);
                if (now.decide(io.kaola.payment.refund.domain.RefundTransition.SUCCEED).moves()) {
                    outcomes.succeed(now, now.succeed(answer.providerRefundId(), clock.instant()), refund.provider(),
                            "SUCCEEDED", null);
                }
            }
            case REFUSED -> {
                Refund now = refunds.find(refund.refundNo()).orElse(refund);
                Refund failed = now.fail(answer.providerRefundId(), answer.failureReason(), clock.instant());
                if (failed != now && outcomes.fail(now, failed, refund.provider(), "FAILED", null)) {
                    log.warn("refund {} of {} on payment {} FAILED: the provider refused it: {}", refund.refundNo(),
                            refund.amount(), refund.paymentNo(), failed.failureReason());
                }
            }
        }
        return refunds.find(refund.refundNo()).orElse(refund);
    }
}
