package io.kaola.user.quota.application;

import io.kaola.common.state.Step;
import io.kaola.user.api.QuotaStatus;
import io.kaola.user.quota.domain.QuotaBalance;
import io.kaola.user.quota.domain.QuotaRepository;
import io.kaola.user.quota.domain.QuotaReservation;
import io.kaola.user.quota.domain.QuotaTransition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Confirms (on payment) or releases (on cancel or refund) an order's reservation, moving its amount in the
 * year's balance in the same transaction, under the year's row lock. Both are idempotent. Which move applies is
 * decided by {@link QuotaTransition#LIFECYCLE}, again under the locks; the repository only writes it.
 */
@Service
public class MoveQuotaReservation {
    private final QuotaRepository quotas;
    private final TransactionTemplate tx;
    private final Clock clock;

    public MoveQuotaReservation(QuotaRepository quotas, TransactionTemplate tx, Clock clock) {
        this.quotas = quotas;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @return the CONFIRMED reservation (also when it already was)
     * @throws io.kaola.common.error.KaolaException USER_QUOTA_RESERVATION_NOT_FOUND (none, or RELEASED)
     */
    public QuotaReservation confirm(String orderNo) {
        // CONFIRM of no reservation is refused by the machine, so the answer is never empty
        return move(orderNo, QuotaTransition.CONFIRM).orElseThrow();
    }

    /**
     * Releases a RESERVED amount (cancel) or gives back a CONFIRMED one (refund; the caller decides whether a
     * return restores the quota, docs/cross-border.md §4.6, L9). Of a CONFIRMED one only what returns have not
     * restored yet is given back.
     * @return the RELEASED reservation (also when it already was); empty for an order without one
     */
    public Optional<QuotaReservation> release(String orderNo) {
        return move(orderNo, QuotaTransition.RELEASE);
    }

    private Optional<QuotaReservation> move(String orderNo, QuotaTransition transition) {
        Optional<QuotaReservation> found = orderNo == null ? Optional.empty() : quotas.findReservation(orderNo);
        if (transition.decideFor(orderNo, found.map(QuotaReservation::status).orElse(null)).stays()) return found;
        QuotaReservation r = found.orElseThrow();
        return Optional.of(LockRetry.run(() -> tx.execute(status -> moveLocked(r.identityKey(), r.year(), orderNo, transition))));
    }

    private QuotaReservation moveLocked(String identityKey, int year, String orderNo, QuotaTransition transition) {
        QuotaBalance balance = quotas.lockYear(identityKey, year);
        QuotaReservation r = quotas.lockReservation(orderNo).orElseThrow();
        Step<QuotaStatus> step = transition.decideFor(orderNo, r.status());
        if (step.stays()) return r;   // a concurrent duplicate got here first
        QuotaBalance after = transition.shift(balance, step.from(), r.stillCountedFen());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        quotas.saveYear(identityKey, year, after, now);
        if (!quotas.moveReservation(orderNo, step.from(), step.to(), now)) {
            throw new IllegalStateException("reservation of order " + orderNo + " moved while locked");
        }
        return new QuotaReservation(r.orderNo(), r.identityKey(), r.buyerId(), r.year(), r.amountFen(), r.restoredFen(),
                step.to(), r.createdAt(), now);
    }
}
