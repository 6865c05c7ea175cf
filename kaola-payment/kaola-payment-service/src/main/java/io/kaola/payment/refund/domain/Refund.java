package io.kaola.payment.refund.domain;

import io.kaola.common.money.Money;
import io.kaola.common.state.Step;
import io.kaola.payment.api.RefundLine;
import io.kaola.payment.api.RefundStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Money of one payment going back to its payer. Recorded PENDING before the provider is asked; SUCCEEDED or FAILED by
 * the provider ({@link RefundTransition#LIFECYCLE}).
 *
 * @param refundNo         refund number ({@link RefundNumbers}), the provider's idempotency key
 * @param paymentNo        the payment refunded
 * @param orderNo          its order
 * @param buyerId          the buyer
 * @param amount           how much, minor units, in the payment's currency
 * @param status           PENDING, SUCCEEDED or FAILED
 * @param reason           why (1..255 characters)
 * @param idempotencyKey   the requester's key (unique)
 * @param lines            the order lines it covers; empty = the whole order
 * @param provider         the payment's provider
 * @param providerRefundId the provider's refund id, null until known
 * @param providerAckedAt  when the provider acknowledged the request; null: not (yet) acknowledged, ask again
 * @param failureReason    why it FAILED, else null
 * @param requestedAt      when it was recorded, millisecond precision
 * @param decidedAt        when it became SUCCEEDED or FAILED, else null
 */
public record Refund(String refundNo, String paymentNo, String orderNo, long buyerId, Money amount, RefundStatus status,
                     String reason, String idempotencyKey, List<RefundLine> lines, String provider,
                     String providerRefundId, Instant providerAckedAt, String failureReason, Instant requestedAt,
                     Instant decidedAt) {

    public Refund {
        Objects.requireNonNull(refundNo, "refundNo");
        Objects.requireNonNull(paymentNo, "paymentNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * @return a new PENDING refund ({@link RefundTransition#REQUEST}); the caller has checked {@link RefundRules}
     */
    public static Refund request(String refundNo, String paymentNo, String orderNo, long buyerId, Money amount,
                                 String reason, String idempotencyKey, List<RefundLine> lines, String provider,
                                 Instant now) {
        RefundStatus status = RefundTransition.LIFECYCLE.next(null, RefundTransition.REQUEST);
        return new Refund(refundNo, paymentNo, orderNo, buyerId, amount, status, reason, idempotencyKey, lines, provider,
                null, null, null, millis(now), null);
    }

    /** @return what {@link RefundTransition#LIFECYCLE} decides for {@code transition} from this refund's status */
    public Step<RefundStatus> decide(RefundTransition transition) {
        return RefundTransition.LIFECYCLE.decide(status, transition);
    }

    /**
     * @param providerRefundId the provider's refund id
     * @param at               when the provider returned the money
     * @return this refund SUCCEEDED; unchanged when decided already (the table's stay)
     */
    public Refund succeed(String providerRefundId, Instant at) { return decided(RefundTransition.SUCCEED, providerRefundId, null, at); }

    /**
     * @param providerRefundId the provider's refund id, null when it refused before assigning one
     * @param failureReason    why, shown to ops (cut to 255 characters)
     * @param at               when it was refused
     * @return this refund FAILED (its amount is refundable again); unchanged when decided already
     */
    public Refund fail(String providerRefundId, String failureReason, Instant at) {
        String why = failureReason == null || failureReason.isBlank() ? "refused by the provider" : failureReason;
        return decided(RefundTransition.FAIL, providerRefundId,
                why.length() > RefundRules.MAX_REASON ? why.substring(0, RefundRules.MAX_REASON) : why, at);
    }

    /** @return true while the provider has not acknowledged the request (it is asked again) */
    public boolean awaitsProvider() { return status == RefundStatus.PENDING && providerAckedAt == null; }

    /** @return the rule's view of this refund (amount and status) */
    public RefundRules.Earlier asEarlier() { return new RefundRules.Earlier(amount, status); }

    private Refund decided(RefundTransition transition, String providerRefundId, String failureReason, Instant at) {
        Step<RefundStatus> step = decide(transition);
        if (!step.moves()) {
            step.orThrow();
            return this;
        }
        return new Refund(refundNo, paymentNo, orderNo, buyerId, amount, step.to(), reason, idempotencyKey, lines,
                provider, providerRefundId == null ? this.providerRefundId : providerRefundId, providerAckedAt,
                failureReason, requestedAt, millis(at));
    }

    private static Instant millis(Instant t) { return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS); }
}
