package io.kaola.user.quota.application;

import io.kaola.user.api.UserError;
import io.kaola.user.quota.domain.QuotaBalance;
import io.kaola.user.quota.domain.QuotaReservation;
import io.kaola.user.quota.domain.QuotaTransition;
import io.kaola.user.quota.infrastructure.QuotaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Confirms (on payment) or releases (on cancel or refund) an order's reservation, moving its amount in the
 * year's balance in the same transaction, under the year's row lock. Both are idempotent.
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
        return move(orderNo, QuotaTransition.CONFIRM).orElseThrow(() ->
                UserError.QUOTA_RESERVATION_NOT_FOUND.exception("order " + orderNo + " holds no quota reservation"));
    }

    /**
     * Releases a RESERVED amount (cancel) or gives back a CONFIRMED one (refund; the caller decides whether a
     * return restores the quota, docs/cross-border.md §4.6, L9).
     * @return the RELEASED reservation (also when it already was); empty for an order without one
     */
    public Optional<QuotaReservation> release(String orderNo) {
        return move(orderNo, QuotaTransition.RELEASE);
    }

    private Optional<QuotaReservation> move(String orderNo, QuotaTransition transition) {
        if (orderNo == null) return Optional.empty();
        Optional<QuotaReservation> found = quotas.findReservation(orderNo);
        if (found.isEmpty() || found.get().status() == transition.target()) return found;
        QuotaReservation r = found.get();
        return Optional.of(LockRetry.run(() -> tx.execute(status -> moveLocked(r.identityKey(), r.year(), orderNo, transition))));
    }

    private QuotaReservation moveLocked(String identityKey, int year, String orderNo, QuotaTransition transition) {
        QuotaBalance balance = quotas.lockYear(identityKey, year);
        QuotaReservation r = quotas.lockReservation(orderNo).orElseThrow();
        if (r.status() == transition.target()) return r;   // a concurrent duplicate got here first
        QuotaBalance after = transition.shift(balance, r.status(), r.amountFen());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        quotas.saveYear(identityKey, year, after, now);
        if (!quotas.moveReservation(orderNo, r.status(), transition.target(), now)) {
            throw new IllegalStateException("reservation of order " + orderNo + " moved while locked");
        }
        return new QuotaReservation(r.orderNo(), r.identityKey(), r.buyerId(), r.year(), r.amountFen(), transition.target(),
                r.createdAt(), now);
    }
}
