package io.kaola.payment.sandbox;

import io.kaola.common.money.Money;
import io.kaola.common.state.Step;
import io.kaola.payment.charge.domain.CertCheckResult;
import io.kaola.payment.charge.domain.ProviderClose;
import io.kaola.payment.charge.domain.ProviderRefund;
import io.kaola.payment.charge.domain.StatementEntry;
import io.kaola.payment.config.SandboxProperties;
import io.kaola.user.api.DeclarationIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A simulated third-party payment provider, run only with the {@code sandbox} profile: it must never face real
 * customers. It keeps its own ledger ({@code sandbox_transaction}) and talks to the platform through its signed
 * HTTP notification, like a real one; {@link #open} and {@link #close} are direct calls from
 * {@link SandboxPaymentAdapter} (where a real provider would take an API request).
 * <p>Like a real cashier, confirming needs the one-time token handed out with the payment (its hash is kept, the
 * token never) and an explicit payer. Payer check (docs/cross-border.md §3, as WeChat Pay's cert_check_result): the
 * payment is opened with the buyer's name and identity number, of which the sandbox keeps only a keyed hash and the
 * masked number; at confirm the payer given is compared with the buyer and the notification reports SAME or
 * DIFFERENT with the payer's masked number. No full identity number is stored or logged.
 * <p>Refunds ({@link #refund}) have their own ledger ({@code sandbox_refund}, {@link SandboxRefundTransition}):
 * idempotent on our refund number, refused at once when the transaction is not PAID or more than paid would go back,
 * else PROCESSING and, after {@code kaola.payment.sandbox.refund-delay}, SUCCEEDED with a signed refund notification.
 */
@Service
@Profile("sandbox")
public class SandboxProvider {
    private static final Logger log = LoggerFactory.getLogger(SandboxProvider.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxTransactionMapper ledger;
    private final SandboxNotifier notifier;
    private final SandboxIdentityCheck identityCheck;
    private final SandboxProperties properties;
    private final Clock clock;
    private final SandboxRefundMapper refunds;
    private final TransactionTemplate tx;

    public SandboxProvider(SandboxTransactionMapper ledger, SandboxNotifier notifier, SandboxSecret secret,
                           SandboxProperties properties, Clock clock, SandboxRefundMapper refunds,
                           TransactionTemplate tx) {
        this.ledger = ledger;
        this.notifier = notifier;
        this.identityCheck = new SandboxIdentityCheck(secret.key());
        this.properties = properties;
        this.clock = clock;
        this.refunds = refunds;
        this.tx = tx;
    }

    /** What a confirmation did. */
    public enum ConfirmResult {
        /** The money was taken now; the notification is being delivered. */
        PAID,
        /** The sandbox has no such payment. */
        NOT_OPENED,
        /** Wrong, foreign, stale, expired or already used token: nothing was paid. */
        TOKEN_INVALID,
        /** The merchant closed the payment (the token was right): nothing was paid. */
        CLOSED
    }

    /**
     * @param result      what happened
     * @param transaction the transaction as it is now, null when NOT_OPENED
     */
    public record Confirmation(ConfirmResult result, SandboxTransactionRow transaction) {}

    /**
     * Registers the payment with the buyer to check the payer against, and issues a confirmation token valid for
     * {@code kaola.payment.sandbox.confirm-token-ttl}. Opening it again while OPEN issues a fresh token (the previous
     * one is then stale); a PAID or CLOSED transaction is left as it is (the token then confirms nothing).
     *
     * @param buyer the verified buyer: only a keyed hash of name|number and the masked number are kept
     * @return the token for the shopper's confirm URL; never log or store it
     */
    public String open(String paymentNo, String merchantOrderNo, Money amount, DeclarationIdentity buyer) {
        ConfirmTokens.Issued token = ConfirmTokens.issue();
        Instant now = now();
        ledger.open(paymentNo, merchantOrderNo, amount.minor(), amount.currency(),
                identityCheck.hashOf(buyer.name(), buyer.idNumber()), SandboxIdentityCheck.mask(buyer.idNumber()),
                token.hash(), now.plus(properties.confirmTokenTtl()), now);
        return token.token();
    }

    /** @return the payment as the sandbox knows it, empty when never opened */
    public Optional<SandboxTransactionRow> find(String paymentNo) {
        return Optional.ofNullable(ledger.findByPaymentNo(paymentNo));
    }

    /**
     * The payer pays: with the current token of an OPEN payment, takes the money (new unguessable transaction id
     * "SBX" + 24 hex digits), checks the payer against the buyer and starts delivering the signed notification. One
     * guarded UPDATE ({@link SandboxTransition#PAY}, when {@link SandboxTransition#LEDGER} moves it) uses the token up, so a token confirms at most once and a
     * confirm racing {@link #close} has exactly one winner.
     *
     * @param token the token from the confirm URL (never logged)
     * @param payer who pays, both fields given (the caller checks)
     * @return PAID with the transaction, or why nothing was paid
     */
    public Confirmation confirm(String paymentNo, String token, SandboxPayer payer) {
        Optional<SandboxTransactionRow> found = find(paymentNo);
        if (found.isEmpty()) return new Confirmation(ConfirmResult.NOT_OPENED, null);
        SandboxTransactionRow open = found.get();
        Step<SandboxStatus> step = SandboxTransition.LEDGER.decide(open.status(), SandboxTransition.PAY);
        int paid = 0;
        CertCheckResult check = null;
        if (step.moves()) {
            boolean same = open.buyerCheckHash() != null
                    && open.buyerCheckHash().equals(identityCheck.hashOf(payer.payerName(), payer.payerIdNumber()));
            check = same ? CertCheckResult.SAME : CertCheckResult.DIFFERENT;
            paid = ledger.pay(paymentNo, step.from(), step.to(), ConfirmTokens.hashOf(token),
                    "SBX" + HexFormat.of().formatHex(randomBytes(12)), now(), check.name(),
                    SandboxIdentityCheck.mask(payer.payerIdNumber()));
        }
        SandboxTransactionRow now = find(paymentNo).orElseThrow();   // a refused or lost move: why, from the row
        if (paid == 1) {
            log.info("sandbox: payment {} PAID ({}), transaction {}", paymentNo, check, now.providerTxnId());
            notifier.deliver(paymentNo, SandboxNotification.bodyOf(now));
            return new Confirmation(ConfirmResult.PAID, now);
        }
        if (now.status() == SandboxStatus.CLOSED && ConfirmTokens.matches(token, now.confirmTokenHash())) {
            return new Confirmation(ConfirmResult.CLOSED, now);
        }
        log.info("sandbox: confirm of payment {} refused: token invalid, stale or used (status {})", paymentNo,
                now.status());
        return new Confirmation(ConfirmResult.TOKEN_INVALID, now);
    }

    /**
     * The merchant closes the payment ({@link SandboxTransition#CLOSE} as {@link SandboxTransition#LEDGER} decides it,
     * written guarded): CLOSED when it was OPEN, closed
     * before or never opened (then recorded CLOSED, so that a late open cannot make it payable); ALREADY_PAID when the
     * payer confirmed first.
     */
    public ProviderClose close(String paymentNo, String merchantOrderNo, Money amount) {
        Instant now = now();
        for (int attempt = 0; attempt < 3; attempt++) {
            SandboxStatus current = find(paymentNo).map(SandboxTransactionRow::status).orElse(null);
            Step<SandboxStatus> step = SandboxTransition.LEDGER.decide(current, SandboxTransition.CLOSE);
            if (step.stays()) return ProviderClose.CLOSED;
            if (step.refused()) return ProviderClose.ALREADY_PAID;   // the only refusal: PAID
            if (current == null) {
                if (ledger.insertClosed(paymentNo, merchantOrderNo, amount.minor(), amount.currency(), step.to(), now) == 1) {
                    log.info("sandbox: payment {} CLOSED before it was opened", paymentNo);
                    return ProviderClose.CLOSED;
                }   // opened concurrently: decide again
            } else if (ledger.close(paymentNo, step.from(), step.to(), now) == 1) {
                log.info("sandbox: payment {} CLOSED by the merchant", paymentNo);
                return ProviderClose.CLOSED;
            }   // paid or closed concurrently: decide again
        }
        throw new IllegalStateException("sandbox: payment " + paymentNo + " keeps being re-opened while it is closed");
    }

    /**
     * Re-sends the notification of a PAID transaction (shows the platform's idempotency).
     *
     * @return the transaction as it is (not PAID: nothing sent), empty when never opened
     */
    public Optional<SandboxTransactionRow> notifyAgain(String paymentNo) {
        Optional<SandboxTransactionRow> found = find(paymentNo);
        found.filter(SandboxTransactionRow::isPaid)
                .ifPresent(paid -> notifier.deliver(paymentNo, SandboxNotification.bodyOf(paid)));
        return found;
    }

    /**
     * The merchant asks for money back. Idempotent on {@code refundNo}: a refund it has is answered as it is. Else,
     * with the transaction's row locked (refunds of one payment one at a time): refused (recorded FAILED, answered
     * REFUSED) when the transaction is not PAID, in another currency, or the refunds PROCESSING or SUCCEEDED plus this
     * one would exceed what was paid; otherwise recorded PROCESSING ("SBXR" + 24 random hex digits) and, after
     * {@code refund-delay}, SUCCEEDED (guarded) with a signed refund notification to {@code refund-notify-url}.
     *
     * @return PROCESSING, SUCCEEDED (asked again after it settled) or REFUSED with the reason
     */
    public ProviderRefund refund(String paymentNo, String refundNo, Money amount) {
        SandboxRefundRow known = refunds.findByRefundNo(refundNo);
        if (known != null) return answer(known);
        SandboxRefundRow recorded;
        try {
            recorded = tx.execute(status -> record(paymentNo, refundNo, amount));
        } catch (DuplicateKeyException e) {   // the same refund asked twice at once, for a payment never opened
            return answer(refunds.findByRefundNo(refundNo));
        }
        if (recorded.status() == SandboxRefundStatus.PROCESSING) {
            log.info("sandbox: refund {} of {} on payment {} PROCESSING ({})", refundNo, amount, paymentNo,
                    recorded.providerRefundId());
            notifier.later(properties.refundDelay(), () -> settle(refundNo));
        } else {
            log.info("sandbox: refund {} of {} on payment {} refused: {}", refundNo, amount, paymentNo,
                    recorded.failureReason());
        }
        return answer(recorded);
    }

    private SandboxRefundRow record(String paymentNo, String refundNo, Money amount) {
        refunds.lockTransaction(paymentNo);
        SandboxRefundRow again = refunds.findByRefundNo(refundNo);
        if (again != null) return again;
        SandboxTransactionRow paid = ledger.findByPaymentNo(paymentNo);
        String refusal = null;
        if (paid == null || paid.status() != SandboxStatus.PAID) {
            refusal = "NOT_PAID: transaction " + paymentNo + " is " + (paid == null ? "unknown" : paid.status());
        } else if (!paid.currency().equals(amount.currency())) {
            refusal = "CURRENCY: the transaction is in " + paid.currency();
        } else {
            long left = paid.amountMinor() - refunds.refundedOrRefunding(paymentNo);
            if (amount.minor() > left) {
                refusal = "EXCEEDS_PAID: " + left + " (minor units) left refundable, " + amount.minor() + " asked";
            }
        }
        SandboxRefundTransition move = refusal == null ? SandboxRefundTransition.ACCEPT : SandboxRefundTransition.REFUSE;
        Step<SandboxRefundStatus> step = SandboxRefundTransition.LEDGER.decide(null, move);
        refunds.insert(refundNo, paymentNo, amount.minor(), amount.currency(), step.orThrow(),
                "SBXR" + HexFormat.of().formatHex(randomBytes(12)), refusal, now());
        return refunds.findByRefundNo(refundNo);
    }

    /** After the refund delay: PROCESSING → SUCCEEDED (guarded), then the signed refund notification. */
    void settle(String refundNo) {
        SandboxRefundRow row = refunds.findByRefundNo(refundNo);
        Step<SandboxRefundStatus> step = SandboxRefundTransition.LEDGER.decide(row == null ? null : row.status(),
                SandboxRefundTransition.SETTLE);
        if (!step.moves() || refunds.settle(refundNo, step.from(), step.to(), now()) != 1) return;
        SandboxRefundRow settled = refunds.findByRefundNo(refundNo);
        log.info("sandbox: refund {} SUCCEEDED ({})", refundNo, settled.providerRefundId());
        notifier.deliverRefund(refundNo, SandboxRefundNotification.bodyOf(settled));
    }

    /** @return the refund as the sandbox knows it, empty when never asked */
    public Optional<SandboxRefundRow> findRefund(String refundNo) {
        return Optional.ofNullable(refunds.findByRefundNo(refundNo));
    }

    /**
     * Re-sends the refund notification of a SUCCEEDED refund (shows the platform's idempotency).
     *
     * @return the refund as it is (not SUCCEEDED: nothing sent), empty when never asked
     */
    public Optional<SandboxRefundRow> notifyRefundAgain(String refundNo) {
        Optional<SandboxRefundRow> found = findRefund(refundNo);
        found.filter(r -> r.status() == SandboxRefundStatus.SUCCEEDED)
                .ifPresent(r -> notifier.deliverRefund(refundNo, SandboxRefundNotification.bodyOf(r)));
        return found;
    }

    /**
     * The sandbox's statement of [from, to), from its own ledgers, as a real provider's bill: every PAID transaction by
     * its paid time, every SUCCEEDED refund by its refund time.
     *
     * @return payments first, then refunds, each by time
     */
    public List<StatementEntry> statement(Instant from, Instant to) {
        List<StatementEntry> lines = new ArrayList<>();
        for (SandboxTransactionRow t : ledger.paidBetween(from, to)) {
            lines.add(StatementEntry.payment(t.paymentNo(), t.providerTxnId(), new Money(t.amountMinor(), t.currency()),
                    t.paidAt().truncatedTo(ChronoUnit.MILLIS)));
        }
        for (SandboxRefundRow r : refunds.refundedBetween(from, to)) {
            lines.add(StatementEntry.refund(r.paymentNo(), r.refundNo(), r.providerRefundId(),
                    new Money(r.amountMinor(), r.currency()), r.refundedAt().truncatedTo(ChronoUnit.MILLIS)));
        }
        return lines;
    }

    private static ProviderRefund answer(SandboxRefundRow row) {
        return switch (row.status()) {
            case PROCESSING -> new ProviderRefund(row.refundNo(), row.providerRefundId(), ProviderRefund.Status.PROCESSING);
            case SUCCEEDED -> new ProviderRefund(row.refundNo(), row.providerRefundId(), ProviderRefund.Status.SUCCEEDED);
            case FAILED -> new ProviderRefund(row.refundNo(), row.providerRefundId(), ProviderRefund.Status.REFUSED,
                    row.failureReason());
        };
    }

    private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MILLIS); }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
