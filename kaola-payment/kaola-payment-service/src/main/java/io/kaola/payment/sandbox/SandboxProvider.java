package io.kaola.payment.sandbox;

import io.kaola.common.money.Money;
import io.kaola.common.state.Step;
import io.kaola.payment.charge.domain.CertCheckResult;
import io.kaola.payment.charge.domain.ProviderClose;
import io.kaola.payment.config.SandboxProperties;
import io.kaola.user.api.DeclarationIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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

    public SandboxProvider(SandboxTransactionMapper ledger, SandboxNotifier notifier, SandboxSecret secret,
                           SandboxProperties properties, Clock clock) {
        this.ledger = ledger;
        this.notifier = notifier;
        this.identityCheck = new SandboxIdentityCheck(secret.key());
        this.properties = properties;
        this.clock = clock;
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

    private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MILLIS); }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
