package io.kaola.payment.reconciliation.application;

import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderView;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.ReconciliationFinding;
import io.kaola.payment.api.ReconciliationReport;
import io.kaola.payment.api.ReconciliationTrigger;
import io.kaola.payment.api.RepairOutcome;
import io.kaola.payment.charge.application.AcceptNotification;
import io.kaola.payment.charge.application.OrderLookup;
import io.kaola.payment.charge.application.PaymentProviderAdapter;
import io.kaola.payment.charge.application.PaymentProviders;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.charge.domain.ProviderPaymentState;
import io.kaola.payment.charge.domain.ProviderRefundNotice;
import io.kaola.payment.charge.domain.StatementEntry;
import io.kaola.payment.config.ReconciliationProperties;
import io.kaola.payment.reconciliation.domain.Reconciliation;
import io.kaola.payment.reconciliation.domain.Reconciliation.Finding;
import io.kaola.payment.reconciliation.domain.Reconciliation.OrderCheck;
import io.kaola.payment.reconciliation.domain.Reconciliation.OrderFacts;
import io.kaola.payment.reconciliation.domain.Reconciliation.Window;
import io.kaola.payment.reconciliation.domain.ReconciliationReportRepository;
import io.kaola.payment.refund.application.AcceptRefundNotification;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a reconciliation (docs/payments.md "Reconciliation"): asks every configured provider for its statement of the
 * window, compares it with our payments and refunds ({@link Reconciliation#compareWithProvider}), applies the repairs
 * the rules allow through the normal paths ({@link AcceptNotification#apply}, {@link AcceptRefundNotification#apply}:
 * the same guarded records and transactional messages as a notification), then compares the window's payments with
 * their orders ({@link Reconciliation#compareWithOrders}) and each refund with its cause
 * ({@link Reconciliation#refundCauses}), and stores the report. At most one run at a time on this instance (a second
 * is refused with PAYMENT_RECONCILIATION_RUNNING); several instances may run at once and stay correct, because every
 * repair is guarded and idempotent (ADR 0023). Deliberately not @Transactional: the repairs send messages.
 */
@Service
public class RunReconciliation {
    private static final Logger log = LoggerFactory.getLogger(RunReconciliation.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final PaymentProviders providers;
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final OrderLookup orders;
    private final AcceptNotification acceptNotification;
    private final AcceptRefundNotification acceptRefund;
    private final ReconciliationReportRepository reports;
    private final ReconciliationProperties properties;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    public RunReconciliation(PaymentProviders providers, PaymentRepository payments, RefundRepository refunds,
                             OrderLookup orders, AcceptNotification acceptNotification,
                             AcceptRefundNotification acceptRefund, ReconciliationReportRepository reports,
                             ReconciliationProperties properties, Clock clock) {
        this.providers = providers;
        this.payments = payments;
        this.refunds = refunds;
        this.orders = orders;
        this.acceptNotification = acceptNotification;
        this.acceptRefund = acceptRefund;
        this.reports = reports;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Runs over the default window: the last {@code kaola.payment.reconciliation.window} (24 h) up to now.
     *
     * @param trigger DAILY or OPS
     * @return the stored report
     * @throws KaolaException PAYMENT_RECONCILIATION_RUNNING, PAYMENT_STATEMENT_NOT_SUPPORTED, COMMON_SERVICE_UNAVAILABLE
     *         (a provider's statement could not be had: nothing repaired, nothing stored)
     */
    public ReconciliationReport run(ReconciliationTrigger trigger) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return run(trigger, new Window(now.minus(properties.window()), now));
    }

    /**
     * Runs over {@code window} (its end is normally now).
     *
     * @return the stored report
     * @throws KaolaException as {@link #run(ReconciliationTrigger)}
     */
    public ReconciliationReport run(ReconciliationTrigger trigger, Window window) {
        if (!running.compareAndSet(false, true)) {
            throw PaymentError.RECONCILIATION_RUNNING.exception("a reconciliation is already running on this instance;"
                    + " read its report with GET /api/admin/reconciliation when it is done");
        }
        try {
            return reconcile(trigger, window);
        } finally {
            running.set(false);
        }
    }

    /** @return the report of the last run that finished, empty when none */
    public Optional<ReconciliationReport> latest() { return reports.latest(); }

    private ReconciliationReport reconcile(ReconciliationTrigger trigger, Window window) {
        Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String reportId = "RC" + ID_TIME.format(startedAt) + HexFormat.of().formatHex(randomBytes(6));
        Window asked = window.statementWindow();
        // every statement first: a provider that cannot answer stops the run before anything is repaired
        Map<PaymentProviderAdapter, List<StatementEntry>> statements = new LinkedHashMap<>();
        for (PaymentProviderAdapter adapter : providers.all()) statements.put(adapter, adapter.statement(asked.from(), asked.to()));

        List<ReconciliationFinding> findings = new ArrayList<>();
        List<PaymentOrder> inWindow = payments.inWindow(asked.from(), asked.to());
        List<Refund> refundsInWindow = refunds.inWindow(asked.from(), asked.to());
        for (Map.Entry<PaymentProviderAdapter, List<StatementEntry>> e : statements.entrySet()) {
            PaymentProviderAdapter adapter = e.getKey();
            String provider = adapter.provider();
            List<StatementEntry> statement = e.getValue();
            List<PaymentOrder> ours = new ArrayList<>(inWindow.stream().filter(p -> p.provider().equals(provider)).toList());
            List<Refund> ourRefunds = new ArrayList<>(refundsInWindow.stream().filter(r -> provider.equals(r.provider())).toList());
            for (StatementEntry line : statement) {   // a line may name something of ours outside the window
                if (ours.stream().noneMatch(p -> p.paymentNo().equals(line.paymentNo()))) {
                    payments.find(line.paymentNo()).filter(p -> p.provider().equals(provider)).ifPresent(ours::add);
                }
                if (line.refundNo() != null && ourRefunds.stream().noneMatch(r -> r.refundNo().equals(line.refundNo()))) {
                    refunds.find(line.refundNo()).filter(r -> provider.equals(r.provider())).ifPresent(ourRefunds::add);
                }
            }
            for (Finding f : Reconciliation.compareWithProvider(window, statement, ours, ourRefunds)) {
                findings.add(resolve(f, adapter, reportId));
            }
        }

        // after the repairs: the window's payments (as they are now) against their orders, each refund's cause
        List<PaymentOrder> after = payments.inWindow(asked.from(), asked.to());
        List<Refund> refundsAfter = refunds.inWindow(asked.from(), asked.to());
        Instant now = clock.instant();
        List<Finding> later = new ArrayList<>(Reconciliation.compareWithOrders(now, orderFacts(after)));
        later.addAll(Reconciliation.refundCauses(refundsAfter.stream().filter(r -> window.contains(r.requestedAt())
                || window.contains(r.decidedAt())).toList()));
        for (Finding f : later) findings.add(listed(f, null));

        int repaired = (int) findings.stream().filter(f -> f.repair() == RepairOutcome.REPAIRED).count();
        ReconciliationReport report = new ReconciliationReport(reportId, window.from(), window.to(), startedAt,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), trigger,
                Reconciliation.totals(window, after, refundsAfter),
                Reconciliation.counts(findings.stream().map(ReconciliationFinding::kind).toList()), findings, repaired,
                findings.size() - repaired);
        reports.save(report);
        log.info("reconciliation {} ({}) of {} to {}: {} finding(s), {} repaired, {} listed; payments {}, refunds {}",
                reportId, trigger, window.from(), window.to(), findings.size(), repaired, report.listed(),
                report.totals().paymentsSucceeded(), report.totals().refundsSucceeded());
        for (ReconciliationFinding f : findings) {
            if (f.repair() == RepairOutcome.LISTED) {
                log.warn("reconciliation {}: {} payment {} refund {} order {}: {}", reportId, f.kind(), f.paymentNo(),
                        f.refundNo(), f.orderNo(), f.detail());
            }
        }
        return report;
    }

    /** Applies the repair the rules allow, or lists the finding; a failed repair is listed with why. */
    private ReconciliationFinding resolve(Finding f, PaymentProviderAdapter adapter, String reportId) {
        if (!f.repairable()) return listed(f, null);
        try {
            String done = f.repair() == Reconciliation.Repair.APPLY_PROVIDER_PAYMENT
                    ? applyPayment(f, adapter, reportId) : applyRefund(f, adapter, reportId);
            if (done == null) return listed(f, "the provider's query does not confirm it: not repaired");
            log.info("reconciliation {}: {} of payment {} refund {} REPAIRED: {}", reportId, f.kind(), f.paymentNo(),
                    f.refundNo(), done);
            return finding(f, RepairOutcome.REPAIRED, done);
        } catch (KaolaException e) {
            log.warn("reconciliation {}: repair of {} payment {} refund {} failed: {}", reportId, f.kind(),
                    f.paymentNo(), f.refundNo(), e.toString());
            return listed(f, "the repair failed: " + e.code() + " " + e.getMessage());
        }
    }

    /** @return what was done, null when the provider's query does not say PAID */
    private String applyPayment(Finding f, PaymentProviderAdapter adapter, String reportId) {
        PaymentOrder payment = payments.find(f.paymentNo()).orElseThrow(() -> PaymentError.NOT_FOUND.exception(
                "no payment " + f.paymentNo()));
        ProviderPaymentState state = adapter.query(payment);
        if (state.status() != ProviderPaymentState.Status.PAID || state.payment() == null) return null;
        String body = "{\"source\":\"reconciliation\",\"reportId\":\"" + reportId + "\",\"query\":\"PAID\","
                + "\"providerTxnId\":\"" + state.payment().providerTxnId() + "\",\"amountMinor\":"
                + state.payment().amount().minor() + ",\"paidAt\":\"" + state.payment().paidAt() + "\"}";
        NotificationResult result = acceptNotification.apply(adapter.provider(), state.payment(), body);
        if (result.duplicate()) return "already recorded meanwhile (payment " + result.status() + ")";
        return switch (result.status()) {
            case SUCCEEDED -> "payment SUCCEEDED by " + state.payment().providerTxnId()
                    + " through the notification path (payment-succeeded sent)";
            case FAILED -> "payment FAILED (the payer is not the buyer) with a refund due, through the notification path";
            case CLOSED -> "refund due recorded for the CLOSED payment, through the notification path";
            default -> "applied, payment " + result.status();
        };
    }

    private String applyRefund(Finding f, PaymentProviderAdapter adapter, String reportId) {
        StatementEntry line = f.entry();
        ProviderRefundNotice notice = new ProviderRefundNotice(line.refundNo(), line.providerId(),
                ProviderRefundNotice.Outcome.SUCCEEDED, line.amount(), line.at(), null);
        String body = "{\"source\":\"reconciliation\",\"reportId\":\"" + reportId + "\",\"statement\":\"REFUND\","
                + "\"providerRefundId\":\"" + line.providerId() + "\",\"amountMinor\":" + line.amount().minor()
                + ",\"refundedAt\":\"" + line.at() + "\"}";
        NotificationResult result = acceptRefund.apply(adapter.provider(), notice, body);
        if (result.duplicate()) return "already decided meanwhile";
        return "refund SUCCEEDED by " + line.providerId() + " through the refund notification path (refund-succeeded sent)";
    }

    /** Each order of the window's payments, asked of kaola-order once; a failure makes it UNCHECKED, never a crash. */
    private List<OrderFacts> orderFacts(List<PaymentOrder> window) {
        List<OrderFacts> facts = new ArrayList<>();
        for (String orderNo : window.stream().map(PaymentOrder::orderNo).distinct().toList()) {
            OrderCheck check;
            try {
                OrderView order = orders.findByOrderNo(orderNo);
                check = OrderCheck.found(orderNo, order.status(), order.paymentNo());
            } catch (KaolaException e) {
                check = e.is(OrderError.NOT_FOUND) ? OrderCheck.notFound(orderNo) : OrderCheck.unchecked(orderNo, e.code());
            } catch (RuntimeException e) {
                check = OrderCheck.unchecked(orderNo, e.getClass().getSimpleName());
            }
            facts.add(new OrderFacts(check, payments.findAllByOrderNo(orderNo), refunds.findByOrderNo(orderNo)));
        }
        return facts;
    }

    private static ReconciliationFinding listed(Finding f, String why) {
        return finding(f, RepairOutcome.LISTED, why != null ? why : switch (f.kind()) {
            case PROVIDER_PAID_NOT_RECORDED, REFUND_AT_PROVIDER_NOT_RECORDED -> "not safe to apply automatically: ops";
            case ORDER_UNCHECKED -> "checked again by the next run";
            default -> "needs ops";
        });
    }

    private static ReconciliationFinding finding(Finding f, RepairOutcome repair, String detail) {
        return new ReconciliationFinding(f.kind(), f.paymentNo(), f.refundNo(), f.orderNo(), f.ours(), f.atProvider(),
                f.detail(), repair, detail);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
