package io.kaola.payment.refund.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.RefundLine;
import io.kaola.payment.api.RefundStatus;

import java.util.List;

/**
 * What a refund may be before it is recorded (issue 12 §1): a positive amount in the payment's currency, never more
 * than what is left refundable — the paid amount minus every refund of the payment that is not FAILED (a PENDING one
 * counts: its money may be on its way back) — with a reason and an idempotency key.
 */
public final class RefundRules {
    /** Longest idempotency key and reason. */
    public static final int MAX_KEY = 64;
    public static final int MAX_REASON = 255;
    /** Most lines a refund may name, and the longest SKU code. */
    public static final int MAX_LINES = 100;
    public static final int MAX_SKU = 64;

    private RefundRules() {}

    /**
     * An earlier refund of the same payment, as far as the rule needs it.
     *
     * @param amount its amount
     * @param status its status
     */
    public record Earlier(Money amount, RefundStatus status) {}

    /**
     * @param paid    what the payment took
     * @param earlier the payment's refunds so far
     * @return what may still be refunded (0 or more), in the payment's currency
     * @throws IllegalArgumentException when an earlier refund is in another currency (never written)
     */
    public static Money refundable(Money paid, List<Earlier> earlier) {
        Money left = paid;
        for (Earlier e : earlier) {
            if (e.status() != RefundStatus.FAILED) left = left.minus(e.amount());
        }
        return left.minor() < 0 ? Money.zero(paid.currency()) : left;
    }

    /**
     * @param amount         the refund asked for
     * @param paid           what the payment took
     * @param earlier        the payment's refunds so far (the new one not among them)
     * @param idempotencyKey the caller's key, 1..64 characters
     * @param reason         why, 1..255 characters
     * @throws KaolaException PAYMENT_INVALID_REFUND naming the field; PAYMENT_REFUND_EXCEEDS_PAID with the amount
     *         left refundable ({@code refundableMinor})
     */
    public static void check(Money amount, Money paid, List<Earlier> earlier, String idempotencyKey, String reason) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw PaymentError.INVALID_REFUND.exception("idempotencyKey must be 1.." + MAX_KEY + " characters");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw PaymentError.INVALID_REFUND.exception("reason must be 1.." + MAX_REASON + " characters");
        }
        if (amount == null || amount.minor() <= 0) {
            throw PaymentError.INVALID_REFUND.exception("amount must be positive, in minor units (fen)");
        }
        if (!amount.currency().equals(paid.currency())) {
            throw PaymentError.INVALID_REFUND.exception("amount must be in the payment's currency " + paid.currency());
        }
        Money left = refundable(paid, earlier);
        if (amount.minor() > left.minor()) {
            throw PaymentError.REFUND_EXCEEDS_PAID.exception("only " + left.minor() + " " + left.currency()
                    + " (minor units) is left refundable on this payment, " + amount.minor() + " asked")
                    .with("refundableMinor", left.minor());
        }
    }

    /**
     * @param lines the order lines a refund covers; null or empty = the whole order
     * @throws KaolaException PAYMENT_INVALID_REFUND: more than {@value #MAX_LINES} lines, a line without a SKU code (or
     *         one longer than {@value #MAX_SKU}), a quantity below 1, a SKU named twice
     */
    public static void checkLines(List<RefundLine> lines) {
        if (lines == null || lines.isEmpty()) return;
        if (lines.size() > MAX_LINES) throw PaymentError.INVALID_REFUND.exception("at most " + MAX_LINES + " lines");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RefundLine line : lines) {
            if (line == null || line.skuCode() == null || line.skuCode().isBlank() || line.skuCode().length() > MAX_SKU) {
                throw PaymentError.INVALID_REFUND.exception("lines[].skuCode must be 1.." + MAX_SKU + " characters");
            }
            if (line.quantity() < 1) throw PaymentError.INVALID_REFUND.exception("lines[].quantity must be at least 1");
            if (!seen.add(line.skuCode())) {
                throw PaymentError.INVALID_REFUND.exception("lines name SKU " + line.skuCode() + " twice");
            }
        }
    }

    /**
     * A request whose idempotency key is already recorded is the same refund only when it asks the same: the same
     * order and amount.
     *
     * @param first   the refund recorded under the key
     * @param orderNo the order the repeat names
     * @param amount  the amount the repeat asks
     * @throws KaolaException PAYMENT_INVALID_REFUND when the key was used for another order or amount
     */
    public static void checkRepeat(Refund first, String orderNo, Money amount) {
        if (!first.orderNo().equals(orderNo) || !first.amount().equals(amount)) {
            throw PaymentError.INVALID_REFUND.exception("idempotencyKey " + first.idempotencyKey()
                    + " was used for a refund of " + first.amount() + " on order " + first.orderNo()
                    + "; a new refund needs a new key");
        }
    }
}
