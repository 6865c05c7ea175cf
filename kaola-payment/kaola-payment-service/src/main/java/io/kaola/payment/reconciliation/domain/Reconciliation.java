package io.kaola.payment.reconciliation.domain;

import io.kaola.common.money.Money;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.FindingKind;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.ReconciliationTotals;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.StatementEntry;
import io.kaola.payment.refund.domain.Refund;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of reconciliation (docs/payments.md "Reconciliation", ADR 0023), all in this class and free of any
 * framework: what the provider's statement, our payments and refunds, and kaola-order's orders must agree on, which
 * disagreements are found, and which of them may be repaired automatically. It decides; the use case reads, repairs
 * and stores.
 * <p>Three comparisons: {@link #compareWithProvider} (statement against our records), {@link #compareWithOrders} (our
 * SUCCEEDED payments against their orders) and {@link #refundCauses} (each refund must have a known cause); then
 * {@link #totals} of our books for the window.
 */
public final class Reconciliation {
    /**
     * How long something may be "in flight" without being a finding: a provider's bill and our clock may differ by
     * this much at the window's edges, and kaola-order may take this long to consume payment-succeeded (a payment
     * SUCCEEDED less than this ago whose order is still PENDING_PAYMENT is not yet PAID_NO_ORDER).
     */
    public static final Duration IN_FLIGHT = Duration.ofMinutes(10);
    /** Idempotency key prefix of a whole order's refund (a cancel after payment, a customs rejection). */
    public static final String ORDER_CAUSE = "order:";
    /** Idempotency key prefix of a return's refund. */
    public static final String RETURN_CAUSE = "return:";
    /** Idempotency key prefix of a refund due (the money of a payment that cannot count). */
    public static final String DUE_CAUSE = "due:";

    /** Order states that mean the order was paid (PAID and everything after it, refunded or not). */
    private static final Set<OrderStatus> PAID_OR_LATER = EnumSet.complementOf(
            EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.CLOSED));

    private Reconciliation() {}

    /** The repair the rules allow for a finding. */
    public enum Repair {
        /** Apply the provider's state of the payment through the notification's path (after querying it). */
        APPLY_PROVIDER_PAYMENT,
        /** Apply the provider's refund (its statement line) through the refund notification's path. */
        APPLY_PROVIDER_REFUND,
        /** Nothing may be done automatically: listed for ops. */
        NONE
    }

    /**
     * One finding of the rules.
     *
     * @param kind       what disagrees
     * @param paymentNo  the payment, null when unknown
     * @param refundNo   the refund, null for a payment finding
     * @param orderNo    the order, null when unknown
     * @param ours       our amount, null when we have no record
     * @param atProvider the provider's amount, null when it has none
     * @param detail     what was found, for ops
     * @param repair     what may be done about it
     * @param entry      the statement line the finding is about, null when none
     */
    public record Finding(FindingKind kind, String paymentNo, String refundNo, String orderNo, Money ours,
                          Money atProvider, String detail, Repair repair, StatementEntry entry) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(repair, "repair");
        }

        /** @return true when the rules allow a repair */
        public boolean repairable() { return repair != Repair.NONE; }
    }

    /**
     * The window compared.
     *
     * @param from start, inclusive
     * @param to   end, exclusive (the run's start)
     */
    public record Window(Instant from, Instant to) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) throw new IllegalArgumentException("an empty window: " + from + " to " + to);
        }

        /** @return the window to ask the provider's statement for: {@link #IN_FLIGHT} earlier, so edges match */
        public Window statementWindow() { return new Window(from.minus(IN_FLIGHT), to); }

        /** @return true when {@code at} is in [from, to) */
        public boolean contains(Instant at) { return at != null && !at.isBefore(from) && at.isBefore(to); }

        /**
         * @return true when something of ours at {@code at} must be on the statement by now: in [from, to −
         *         {@link #IN_FLIGHT}) (later ones are checked by the next run, whose window covers them)
         */
        boolean mustBeAtProvider(Instant at) { return at != null && !at.isBefore(from) && at.isBefore(to.minus(IN_FLIGHT)); }
    }

    /**
     * What kaola-order answered about an order.
     *
     * @param orderNo   the order
     * @param answer    FOUND, NOT_FOUND or UNCHECKED (it could not be asked)
     * @param status    its status when FOUND
     * @param paymentNo the payment that paid it, when FOUND and paid (null when kaola-order does not say)
     * @param detail    why UNCHECKED, else null
     */
    public record OrderCheck(String orderNo, Answer answer, OrderStatus status, String paymentNo, String detail) {
        /** See {@link OrderCheck#answer()}. */
        public enum Answer { FOUND, NOT_FOUND, UNCHECKED }

        /** @return the order as kaola-order has it */
        public static OrderCheck found(String orderNo, OrderStatus status, String paymentNo) {
            return new OrderCheck(orderNo, Answer.FOUND, Objects.requireNonNull(status, "status"), paymentNo, null);
        }

        /** @return kaola-order has no such order */
        public static OrderCheck notFound(String orderNo) { return new OrderCheck(orderNo, Answer.NOT_FOUND, null, null, null); }

        /** @return kaola-order could not be asked */
        public static OrderCheck unchecked(String orderNo, String why) {
            return new OrderCheck(orderNo, Answer.UNCHECKED, null, null, why);
        }
    }

    /**
     * One order and what we hold for it.
     *
     * @param check    kaola-order's answer
     * @param payments every payment of the order (ours), any status
     * @param refunds  every refund of the order (ours), any status
     */
    public record OrderFacts(OrderCheck check, List<PaymentOrder> payments, List<Refund> refunds) {
        public OrderFacts {
            Objects.requireNonNull(check, "check");
            payments = List.copyOf(payments);
            refunds = List.copyOf(refunds);
        }
    }

    /**
     * The provider's statement against our payments and refunds.
     * <ul>
     * <li>A PAYMENT line: our payment unknown → PROVIDER_PAID_NOT_RECORDED (listed); another amount → AMOUNT_DIFFERS
     * (listed); ours SUCCEEDED by that transaction, or FAILED / CLOSED with that transaction kept and a refund due →
     * agrees; ours SUCCEEDED by another transaction (paid twice?) or FAILED by another → PROVIDER_PAID_NOT_RECORDED
     * (listed); ours PENDING or CLOSED without it → PROVIDER_PAID_NOT_RECORDED, repairable (the notification was
     * lost: its own path makes it SUCCEEDED, FAILED with a refund due, or a refund due of the CLOSED payment).</li>
     * <li>A REFUND line: our refund unknown → REFUND_AT_PROVIDER_NOT_RECORDED (listed); another amount →
     * AMOUNT_DIFFERS (listed); ours SUCCEEDED → agrees; ours PENDING → REFUND_AT_PROVIDER_NOT_RECORDED, repairable;
     * ours FAILED → REFUND_AT_PROVIDER_NOT_RECORDED (listed: we count the money as refundable again, it is not).</li>
     * <li>Ours SUCCEEDED (payment by its paid time, refund by its decision time) in [from, to − IN_FLIGHT) without a
     * line → RECORDED_NOT_AT_PROVIDER (listed).</li>
     * </ul>
     *
     * @param window    the window (the statement was asked for {@link Window#statementWindow()})
     * @param statement the provider's lines
     * @param payments  our payments of the statement window and every payment a line names (of this provider)
     * @param refunds   our refunds of the statement window and every refund a line names (of this provider)
     * @return the findings, statement order, then ours
     */
    public static List<Finding> compareWithProvider(Window window, List<StatementEntry> statement,
                                                    List<PaymentOrder> payments, List<Refund> refunds) {
        Map<String, PaymentOrder> ourPayments = byKey(payments, PaymentOrder::paymentNo);
        Map<String, Refund> ourRefunds = byKey(refunds, Refund::refundNo);
        List<Finding> findings = new ArrayList<>();
        Set<String> paidAtProvider = new HashSet<>();
        Set<String> refundedAtProvider = new HashSet<>();
        for (StatementEntry line : statement) {
            if (line.type() == StatementEntry.Type.PAYMENT) {
                paidAtProvider.add(line.paymentNo());
                paymentLine(line, ourPayments.get(line.paymentNo()), findings);
            } else {
                refundedAtProvider.add(line.refundNo());
                refundLine(line, ourRefunds.get(line.refundNo()), findings);
            }
        }
        for (PaymentOrder p : payments) {
            if (p.status() == PaymentStatus.SUCCEEDED && window.mustBeAtProvider(p.succeededAt())
                    && !paidAtProvider.contains(p.paymentNo())) {
                findings.add(new Finding(FindingKind.RECORDED_NOT_AT_PROVIDER, p.paymentNo(), null, p.orderNo(),
                        p.amount(), null, "our payment SUCCEEDED at " + p.succeededAt() + " by " + p.providerTxnId()
                        + " is not on " + p.provider() + "'s statement", Repair.NONE, null));
            }
        }
        for (Refund r : refunds) {
            if (r.status() == RefundStatus.SUCCEEDED && window.mustBeAtProvider(r.decidedAt())
                    && !refundedAtProvider.contains(r.refundNo())) {
                findings.add(new Finding(FindingKind.RECORDED_NOT_AT_PROVIDER, r.paymentNo(), r.refundNo(), r.orderNo(),
                        r.amount(), null, "our refund SUCCEEDED at " + r.decidedAt() + " is not on " + r.provider()
                        + "'s statement", Repair.NONE, null));
            }
        }
        return findings;
    }

    private static void paymentLine(StatementEntry line, PaymentOrder ours, List<Finding> findings) {
        String txn = line.providerId();
        if (ours == null) {
            findings.add(new Finding(FindingKind.PROVIDER_PAID_NOT_RECORDED, line.paymentNo(), null, null, null,
                    line.amount(), "the provider took " + line.amount() + " (" + txn + ") for a payment we do not have",
                    Repair.NONE, line));
            return;
        }
        if (!ours.amount().equals(line.amount())) {
            findings.add(new Finding(FindingKind.AMOUNT_DIFFERS, ours.paymentNo(), null, ours.orderNo(), ours.amount(),
                    line.amount(), "the provider took " + line.amount() + " (" + txn + "), our payment is for "
                    + ours.amount() + " (" + ours.status() + ")", Repair.NONE, line));
            return;
        }
        boolean sameTxn = txn != null && txn.equals(ours.providerTxnId());
        switch (ours.status()) {
            case SUCCEEDED -> {
                if (!sameTxn) {
                    findings.add(new Finding(FindingKind.PROVIDER_PAID_NOT_RECORDED, ours.paymentNo(), null,
                            ours.orderNo(), ours.amount(), line.amount(), "the provider took it again by " + txn
                            + ", our payment SUCCEEDED by " + ours.providerTxnId() + ": the payer may have paid twice;"
                            + " refund one at the provider", Repair.NONE, line));
                }
            }
            case FAILED -> {
                if (!sameTxn || ours.refundDueReason() == null) {
                    findings.add(new Finding(FindingKind.PROVIDER_PAID_NOT_RECORDED, ours.paymentNo(), null,
                            ours.orderNo(), ours.amount(), line.amount(), "the provider took it by " + txn
                            + ", our payment FAILED (" + ours.failureCode() + ", " + ours.providerTxnId()
                            + ") with " + (ours.refundDueReason() == null ? "no refund due" : "a refund due of another"
                            + " transaction"), Repair.NONE, line));
                }
            }
            case CLOSED -> {
                if (!sameTxn || ours.refundDueReason() == null) {
                    findings.add(new Finding(FindingKind.PROVIDER_PAID_NOT_RECORDED, ours.paymentNo(), null,
                            ours.orderNo(), ours.amount(), line.amount(), "the provider took it by " + txn
                            + " after we CLOSED the payment, and no refund due is recorded", Repair.APPLY_PROVIDER_PAYMENT,
                            line));
                }
            }
            case PENDING -> findings.add(new Finding(FindingKind.PROVIDER_PAID_NOT_RECORDED, ours.paymentNo(), null,
                    ours.orderNo(), ours.amount(), line.amount(), "the provider took it at " + line.at() + " by " + txn
                    + ", our payment is still PENDING (its notification never arrived)", Repair.APPLY_PROVIDER_PAYMENT,
                    line));
        }
    }

    private static void refundLine(StatementEntry line, Refund ours, List<Finding> findings) {
        if (ours == null) {
            findings.add(new Finding(FindingKind.REFUND_AT_PROVIDER_NOT_RECORDED, line.paymentNo(), line.refundNo(), null,
                    null, line.amount(), "the provider refunded " + line.amount() + " (" + line.providerId()
                    + ") on payment " + line.paymentNo() + " as a refund we do not have", Repair.NONE, line));
            return;
        }
        if (!ours.amount().equals(line.amount())) {
            findings.add(new Finding(FindingKind.AMOUNT_DIFFERS, ours.paymentNo(), ours.refundNo(), ours.orderNo(),
                    ours.amount(), line.amount(), "the provider refunded " + line.amount() + ", our refund is for "
                    + ours.amount() + " (" + ours.status() + ")", Repair.NONE, line));
            return;
        }
        switch (ours.status()) {
            case SUCCEEDED -> { }
            case PENDING -> findings.add(new Finding(FindingKind.REFUND_AT_PROVIDER_NOT_RECORDED, ours.paymentNo(),
                    ours.refundNo(), ours.orderNo(), ours.amount(), line.amount(), "the provider refunded it at "
                    + line.at() + " (" + line.providerId() + "), our refund is still PENDING (its notification never"
                    + " arrived)", Repair.APPLY_PROVIDER_REFUND, line));
            case FAILED -> findings.add(new Finding(FindingKind.REFUND_AT_PROVIDER_NOT_RECORDED, ours.paymentNo(),
                    ours.refundNo(), ours.orderNo(), ours.amount(), line.amount(), "the provider refunded it at "
                    + line.at() + " (" + line.providerId() + "), our refund FAILED (" + ours.failureReason()
                    + "): we count its amount as refundable again, the provider does not", Repair.NONE, line));
        }
    }

    /**
     * Our payments against their orders.
     * <ul>
     * <li>kaola-order could not be asked → ORDER_UNCHECKED (listed; the order checks of its payments were not made).</li>
     * <li>A SUCCEEDED payment whose order does not exist, is CLOSED or PENDING_PAYMENT, or was paid by another payment
     * — with no refund due on it and no refund of it that is not FAILED — → PAID_NO_ORDER (listed). Not while it
     * SUCCEEDED less than {@link #IN_FLIGHT} before {@code now} (kaola-order may not have consumed it yet).</li>
     * <li>An order PAID or later none of whose payments is SUCCEEDED → ORDER_PAID_NO_PAYMENT (listed).</li>
     * </ul>
     *
     * @param now    when the comparison is made
     * @param orders the orders of the window's payments, with every payment and refund of each
     * @return the findings, by order
     */
    public static List<Finding> compareWithOrders(Instant now, List<OrderFacts> orders) {
        List<Finding> findings = new ArrayList<>();
        for (OrderFacts facts : orders) {
            OrderCheck order = facts.check();
            List<PaymentOrder> succeeded = facts.payments().stream()
                    .filter(p -> p.status() == PaymentStatus.SUCCEEDED).toList();
            if (order.answer() == OrderCheck.Answer.UNCHECKED) {
                PaymentOrder latest = facts.payments().isEmpty() ? null : facts.payments().get(facts.payments().size() - 1);
                findings.add(new Finding(FindingKind.ORDER_UNCHECKED, latest == null ? null : latest.paymentNo(), null,
                        order.orderNo(), latest == null ? null : latest.amount(), null, "kaola-order could not be asked"
                        + " about order " + order.orderNo() + " (" + order.detail() + "): its checks were not made",
                        Repair.NONE, null));
                continue;
            }
            for (PaymentOrder p : succeeded) {
                String why = paidNoOrder(order, p);
                if (why == null || p.succeededAt() == null || p.succeededAt().isAfter(now.minus(IN_FLIGHT))) continue;
                if (p.refundDueReason() != null || facts.refunds().stream()
                        .anyMatch(r -> r.paymentNo().equals(p.paymentNo()) && r.status() != RefundStatus.FAILED)) {
                    continue;   // its money is on its way back
                }
                findings.add(new Finding(FindingKind.PAID_NO_ORDER, p.paymentNo(), null, p.orderNo(), p.amount(), null,
                        "payment SUCCEEDED by " + p.providerTxnId() + " but " + why + ", and no refund is due or under"
                        + " way", Repair.NONE, null));
            }
            if (order.answer() == OrderCheck.Answer.FOUND && PAID_OR_LATER.contains(order.status()) && succeeded.isEmpty()) {
                PaymentOrder latest = facts.payments().isEmpty() ? null : facts.payments().get(facts.payments().size() - 1);
                findings.add(new Finding(FindingKind.ORDER_PAID_NO_PAYMENT, latest == null ? order.paymentNo()
                        : latest.paymentNo(), null, order.orderNo(), latest == null ? null : latest.amount(), null,
                        "order " + order.orderNo() + " is " + order.status() + " but none of its payments SUCCEEDED ("
                        + facts.payments().stream().map(p -> p.paymentNo() + " " + p.status())
                        .collect(Collectors.joining(", ")) + ")", Repair.NONE, null));
            }
        }
        return findings;
    }

    /** @return why the order is not paid by this payment, null when it is */
    private static String paidNoOrder(OrderCheck order, PaymentOrder p) {
        if (order.answer() == OrderCheck.Answer.NOT_FOUND) return "kaola-order has no order " + order.orderNo();
        if (order.status() == OrderStatus.CLOSED) return "order " + order.orderNo() + " is CLOSED";
        if (order.status() == OrderStatus.PENDING_PAYMENT) return "order " + order.orderNo() + " is still PENDING_PAYMENT";
        if (order.paymentNo() != null && !order.paymentNo().equals(p.paymentNo())) {
            return "order " + order.orderNo() + " was paid by payment " + order.paymentNo();
        }
        return null;
    }

    /**
     * Every refund needs a cause: its idempotency key is {@code order:<its orderNo>} (a whole order cancelled or
     * rejected), {@code return:<returnId>} (a return) or {@code due:<its paymentNo>} (a refund due). Any other key →
     * REFUND_WITHOUT_CAUSE (listed): money went back without a cancel, return or refund due. FAILED refunds too (they
     * were asked).
     *
     * @param refunds our refunds of the window
     * @return the findings, in the refunds' order
     */
    public static List<Finding> refundCauses(List<Refund> refunds) {
        List<Finding> findings = new ArrayList<>();
        for (Refund r : refunds) {
            if (hasCause(r)) continue;
            findings.add(new Finding(FindingKind.REFUND_WITHOUT_CAUSE, r.paymentNo(), r.refundNo(), r.orderNo(),
                    r.amount(), null, "refund " + r.status() + " with key '" + r.idempotencyKey() + "' is none of "
                    + ORDER_CAUSE + r.orderNo() + ", " + RETURN_CAUSE + "<returnId>, " + DUE_CAUSE + r.paymentNo()
                    + " (reason: " + r.reason() + ")", Repair.NONE, null));
        }
        return findings;
    }

    /** @return true when the refund's key names a known cause */
    public static boolean hasCause(Refund r) {
        String key = r.idempotencyKey();
        if (key == null) return false;
        if (key.equals(ORDER_CAUSE + r.orderNo())) return true;
        if (key.equals(DUE_CAUSE + r.paymentNo())) return true;
        return key.startsWith(RETURN_CAUSE) && !key.substring(RETURN_CAUSE.length()).isBlank();
    }

    /**
     * Our books for the window: the sum of our payments SUCCEEDED in it (by paid time) and of our refunds SUCCEEDED in
     * it (by decision time), and the first minus the second; CNY, minor units.
     *
     * @param payments our payments (any, only those SUCCEEDED in the window count; each counted once)
     * @param refunds  our refunds (likewise)
     * @return paymentsSucceeded, refundsSucceeded, net
     */
    public static ReconciliationTotals totals(Window window, List<PaymentOrder> payments, List<Refund> refunds) {
        long paid = byKey(payments, PaymentOrder::paymentNo).values().stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED && window.contains(p.succeededAt()))
                .mapToLong(p -> p.amount().minor()).sum();
        long refunded = byKey(refunds, Refund::refundNo).values().stream()
                .filter(r -> r.status() == RefundStatus.SUCCEEDED && window.contains(r.decidedAt()))
                .mapToLong(r -> r.amount().minor()).sum();
        return new ReconciliationTotals(Money.cny(paid), Money.cny(refunded), Money.cny(paid - refunded));
    }

    /** @return how many findings of each kind, every kind present (0 when none), in the enum's order */
    public static Map<FindingKind, Integer> counts(List<FindingKind> kinds) {
        Map<FindingKind, Integer> counts = new LinkedHashMap<>();
        for (FindingKind k : FindingKind.values()) counts.put(k, 0);
        for (FindingKind k : kinds) counts.merge(k, 1, Integer::sum);
        return counts;
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        for (T item : items) map.putIfAbsent(key.apply(item), item);
        return map;
    }

    /** Orders findings for the report: by kind, then payment number. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing(Finding::kind)
            .thenComparing(f -> f.paymentNo() == null ? "" : f.paymentNo());
}
