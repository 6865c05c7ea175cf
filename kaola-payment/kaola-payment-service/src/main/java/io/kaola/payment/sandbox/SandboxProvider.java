package io.kaola.payment.sandbox;

import io.kaola.common.id.IdGenerator;
import io.kaola.common.money.Money;
import io.kaola.payment.payment.application.ProviderCashier;
import io.kaola.payment.payment.domain.CertCheckResult;
import io.kaola.payment.payment.infrastructure.ProviderKeys;
import io.kaola.user.api.DeclarationIdentity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A simulated third-party payment provider. It keeps its own ledger ({@code sandbox_transaction}) and talks
 * to the platform only through its signed HTTP notification, like a real one; only {@link #open} is a direct
 * call (where a real provider would take an API request).
 * <p>Payer check (docs/cross-border.md §3, as WeChat Pay's cert_check_result): the payment is opened with the
 * buyer's name and identity number, of which the sandbox keeps only a keyed hash and the masked number; at
 * confirm the payer is the buyer unless another name + number is given, and the notification reports SAME or
 * DIFFERENT with the payer's masked number. No full identity number is stored or logged.
 */
@Service
@ConditionalOnProperty(prefix = "kaola.payment.sandbox", name = "enabled", havingValue = "true", matchIfMissing = true)
public class SandboxProvider implements ProviderCashier {
    /** Outside the platform's snowflake worker range in use, so sandbox ids never look like ours. */
    private static final long SANDBOX_WORKER_ID = 1023;

    private final SandboxTransactionMapper ledger;
    private final SandboxNotifier notifier;
    private final SandboxIdentityCheck identityCheck;
    private final Clock clock;
    private final IdGenerator transactionIds = new IdGenerator(SANDBOX_WORKER_ID);

    public SandboxProvider(SandboxTransactionMapper ledger, SandboxNotifier notifier, ProviderKeys keys, Clock clock) {
        this.ledger = ledger;
        this.notifier = notifier;
        this.identityCheck = new SandboxIdentityCheck(keys.keyFor(ProviderKeys.SANDBOX).orElseThrow());
        this.clock = clock;
    }

    @Override
    public String provider() { return ProviderKeys.SANDBOX; }

    @Override
    public void open(String paymentNo, String merchantOrderNo, Money amount, DeclarationIdentity buyer) {
        ledger.open(paymentNo, merchantOrderNo, amount.minor(), amount.currency(),
                identityCheck.hashOf(buyer.name(), buyer.idNumber()), SandboxIdentityCheck.mask(buyer.idNumber()),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** @return the payment as the sandbox knows it, empty when never opened */
    public Optional<SandboxTransactionRow> find(String paymentNo) {
        return Optional.ofNullable(ledger.findByPaymentNo(paymentNo));
    }

    /**
     * The shopper pays: the first confirm takes the money (new transaction id "SBX…") and checks the payer against
     * the buyer; every confirm (re)sends the notification of that one transaction (a later payer is ignored).
     *
     * @param payer who pays, both fields given; null when the buyer pays
     * @return the PAID transaction, empty when the payment was never opened
     */
    public Optional<SandboxTransactionRow> confirm(String paymentNo, SandboxPayer payer) {
        Optional<SandboxTransactionRow> found = find(paymentNo);
        if (found.isEmpty()) return found;
        if (!found.get().isPaid()) {
            SandboxTransactionRow open = found.get();
            CertCheckResult check;
            String payerIdMasked;
            if (payer == null) {
                check = CertCheckResult.SAME;
                payerIdMasked = open.buyerIdMasked();
            } else {
                boolean same = open.buyerCheckHash() != null
                        && open.buyerCheckHash().equals(identityCheck.hashOf(payer.payerName(), payer.payerIdNumber()));
                check = same ? CertCheckResult.SAME : CertCheckResult.DIFFERENT;
                payerIdMasked = SandboxIdentityCheck.mask(payer.payerIdNumber());
            }
            ledger.markPaid(paymentNo, "SBX" + transactionIds.nextId(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                    check.name(), payerIdMasked);
            found = find(paymentNo);   // a concurrent confirm may have won: use its transaction
        }
        SandboxTransactionRow paid = found.orElseThrow();
        notifier.deliver(paymentNo, SandboxNotification.bodyOf(paid));
        return Optional.of(paid);
    }

    /**
     * Re-sends the notification of a PAID transaction (shows the platform's idempotency).
     *
     * @return the transaction as it is (OPEN: nothing sent), empty when never opened
     */
    public Optional<SandboxTransactionRow> notifyAgain(String paymentNo) {
        Optional<SandboxTransactionRow> found = find(paymentNo);
        found.filter(SandboxTransactionRow::isPaid)
                .ifPresent(paid -> notifier.deliver(paymentNo, SandboxNotification.bodyOf(paid)));
        return found;
    }
}
