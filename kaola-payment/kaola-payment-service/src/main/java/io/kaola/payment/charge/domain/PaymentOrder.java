package io.kaola.payment.charge.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.state.Step;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.RefundDueReason;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One attempt to pay one order at one provider.
 *
 * @param paymentNo       payment number ({@link PaymentNumbers}: snowflake digits + 10 random digits)
 * @param orderNo         the order paid
 * @param buyerId         buyer and payer
 * @param amount          the order total, CNY fen
 * @param status          PENDING, then SUCCEEDED, FAILED or CLOSED ({@link PaymentTransition#LIFECYCLE})
 * @param provider        provider name, e.g. "sandbox"
 * @param providerTxnId   the provider's transaction id, null while PENDING (and for a CLOSED payment never paid)
 * @param payUrl          the provider's cashier page, as its adapter answered when opening; null before that
 * @param createdAt       opened at (millisecond precision, as stored)
 * @param succeededAt     when the provider took the money, null unless SUCCEEDED
 * @param failureCode     why a FAILED payment failed (an error code, e.g. CROSSBORDER_PAYER_NOT_BUYER), else null
 * @param closedAt        when it was CLOSED, else null
 * @param refundDueReason why the money the provider took must be refunded, null when nothing is due
 * @param refundDueAt     when the refund due was recorded, null when nothing is due
 */
public record PaymentOrder(String paymentNo, String orderNo, long buyerId, Money amount, PaymentStatus status,
                           String provider, String providerTxnId, String payUrl, Instant createdAt,
                           Instant succeededAt, String failureCode, Instant closedAt, RefundDueReason refundDueReason,
                           Instant refundDueAt) {

    public PaymentOrder {
        Objects.requireNonNull(paymentNo, "paymentNo");
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provider, "provider");
    }

    /** @return a new PENDING payment of {@code amount} for the order */
    public static PaymentOrder open(String paymentNo, String orderNo, long buyerId, Money amount, String provider,
                                    Instant now) {
        if (amount.minor() <= 0) throw new IllegalArgumentException("a payment must be for a positive amount: " + amount);
        return new PaymentOrder(paymentNo, orderNo, buyerId, amount, PaymentStatus.PENDING, provider, null, null,
                millis(now), null, null, null, null, null);
    }

    /**
     * @return what {@link PaymentTransition#LIFECYCLE} decides for {@code transition} from this payment's status:
     *         move (write it, guarded by this status), stay (answer as is) or refuse
     */
    public Step<PaymentStatus> decide(PaymentTransition transition) {
        return PaymentTransition.LIFECYCLE.decide(status, transition);
    }

    /**
     * @param payment what the provider says it took
     * @return this payment SUCCEEDED with the provider's transaction id and time; this payment unchanged when it is
     *         decided already (the table's stay: a notification changes nothing then)
     */
    public PaymentOrder succeed(ProviderPayment payment) {
        Step<PaymentStatus> step = decide(PaymentTransition.SUCCEED);
        if (!step.moves()) return unchanged(step);
        PaymentStatus next = step.to();
        return new PaymentOrder(paymentNo, orderNo, buyerId, amount, next, provider, payment.providerTxnId(), payUrl,
                createdAt, millis(payment.paidAt()), null, null, refundDueReason, refundDueAt);
    }

    /**
     * @param payment     the provider's transaction that cannot count
     * @param failureCode why, e.g. CROSSBORDER_PAYER_NOT_BUYER
     * @param refundDue   why its money must go back, null when the provider took none
     * @param now         when (refund due time)
     * @return this payment FAILED, recording the provider's transaction id; the order may be paid by a new payment.
     *         This payment unchanged when it is decided already (the table's stay)
     */
    public PaymentOrder fail(ProviderPayment payment, String failureCode, RefundDueReason refundDue, Instant now) {
        Objects.requireNonNull(failureCode, "failureCode");
        Step<PaymentStatus> step = decide(PaymentTransition.FAIL);
        if (!step.moves()) return unchanged(step);
        PaymentStatus next = step.to();
        return new PaymentOrder(paymentNo, orderNo, buyerId, amount, next, provider, payment.providerTxnId(), payUrl,
                createdAt, null, failureCode, null, refundDue, refundDue == null ? null : millis(now));
    }

    /**
     * @param now when the provider confirmed the close
     * @return this payment CLOSED: it can take no money any more; unchanged when CLOSED or FAILED already
     * @throws KaolaException PAYMENT_ILLEGAL_TRANSITION when SUCCEEDED (a close cannot undo money taken)
     */
    public PaymentOrder close(Instant now) {
        Step<PaymentStatus> step = decide(PaymentTransition.CLOSE);
        if (!step.moves()) return unchanged(step);
        PaymentStatus next = step.to();
        return new PaymentOrder(paymentNo, orderNo, buyerId, amount, next, provider, providerTxnId, payUrl, createdAt,
                succeededAt, failureCode, millis(now), refundDueReason, refundDueAt);
    }

    /** @return this payment with the provider's cashier page {@code payUrl} */
    public PaymentOrder withPayUrl(String payUrl) {
        return new PaymentOrder(paymentNo, orderNo, buyerId, amount, status, provider, providerTxnId, payUrl, createdAt,
                succeededAt, failureCode, closedAt, refundDueReason, refundDueAt);
    }

    /** @return true when the provider took exactly this payment's amount, in its currency */
    public boolean isSettledBy(ProviderPayment payment) { return amount.equals(payment.amount()); }

    /** @return true while waiting for the provider */
    public boolean isPending() { return status == PaymentStatus.PENDING; }

    /**
     * @return true when the provider took this payment's money, so that it can be refunded: SUCCEEDED, or FAILED or
     *         CLOSED with a provider transaction (paid by someone other than the buyer, paid after the close)
     */
    public boolean tookMoney() {
        return status == PaymentStatus.SUCCEEDED
                || (status != PaymentStatus.PENDING && providerTxnId != null && !providerTxnId.isBlank());
    }

    /** @return true when its money is recorded as to be refunded */
    public boolean isRefundDue() { return refundDueReason != null; }

    /** A step that does not move: this payment as it is, or the refusal thrown. */
    private PaymentOrder unchanged(Step<PaymentStatus> step) {
        step.orThrow();
        return this;
    }

    private static Instant millis(Instant t) { return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS); }
}
