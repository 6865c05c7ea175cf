package io.kaola.user.quota.application;

import io.kaola.common.money.Money;
import io.kaola.user.api.RestoreQuotaRequest;
import io.kaola.user.api.UserError;
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
 * Gives back part of a paid order's quota when goods come back (a return customs accepted in time: the caller,
 * kaola-order, decides that; docs/cross-border.md §1, §4.6). One transaction under the year's row lock and then the
 * reservation's (the same order as every other move): a repeat of the key answers the reservation as it is; the
 * reservation must be CONFIRMED ({@link QuotaTransition#RESTORE}); the amount must not exceed what is left
 * ({@link QuotaReservation#restore}); then the restore row, the reservation's restored total and the year's lower
 * {@code used} are written together. A refusal writes nothing.
 */
@Service
public class RestoreQuota {
    public static final int MAX_RESTORE_KEY_LENGTH = 64;

    private final QuotaRepository quotas;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RestoreQuota(QuotaRepository quotas, TransactionTemplate tx, Clock clock) {
        this.quotas = quotas;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param request orderNo, restoreKey (1..64 characters), amount in CNY fen (> 0)
     * @return the reservation after the restore (CONFIRMED); on a repeat of the key, as it is now
     * @throws io.kaola.common.error.KaolaException USER_INVALID_QUOTA_RESTORE (no request, a blank or too long key,
     *         amount missing, ≤ 0 or not CNY, more than is left to restore, the key used before with another amount),
     *         USER_QUOTA_RESERVATION_NOT_FOUND (no reservation, or not CONFIRMED)
     */
    public QuotaReservation restore(RestoreQuotaRequest request) {
        validate(request);
        String orderNo = request.orderNo();
        Optional<QuotaReservation> found = orderNo == null ? Optional.empty() : quotas.findReservation(orderNo);
        if (found.isEmpty()) QuotaTransition.RESTORE.decideFor(orderNo, null);   // refused: nothing to restore
        QuotaReservation r = found.orElseThrow();
        return LockRetry.run(() -> tx.execute(status -> restoreLocked(r.identityKey(), r.year(), request)));
    }

    private QuotaReservation restoreLocked(String identityKey, int year, RestoreQuotaRequest request) {
        String orderNo = request.orderNo();
        long amountFen = request.amount().minor();
        QuotaBalance balance = quotas.lockYear(identityKey, year);
        QuotaReservation r = quotas.lockReservation(orderNo).orElseThrow();
        Optional<Long> earlier = quotas.findRestore(orderNo, request.restoreKey());
        if (earlier.isPresent()) {
            if (earlier.get() == amountFen) return r;   // a repeat: nothing changes
            throw UserError.INVALID_QUOTA_RESTORE.exception("order " + orderNo + ": restore " + request.restoreKey()
                    + " already gave back " + Money.cny(earlier.get()) + ", not " + request.amount());
        }
        QuotaTransition.RESTORE.decideFor(orderNo, r.status());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        QuotaReservation after = r.restore(amountFen, now);
        QuotaBalance lowered = QuotaTransition.RESTORE.shift(balance, r.status(), amountFen);
        quotas.addRestore(after, r.restoredFen(), request.restoreKey(), amountFen, now);
        quotas.saveYear(identityKey, year, lowered, now);
        return after;
    }

    private static void validate(RestoreQuotaRequest r) {
        if (r == null) throw UserError.INVALID_QUOTA_RESTORE.exception("a restore request is required");
        if (r.restoreKey() == null || r.restoreKey().isBlank() || r.restoreKey().length() > MAX_RESTORE_KEY_LENGTH) {
            throw UserError.INVALID_QUOTA_RESTORE.exception("restoreKey must have 1 to " + MAX_RESTORE_KEY_LENGTH + " characters");
        }
        Money amount = r.amount();
        if (amount == null || !Money.CNY.equals(amount.currency()) || amount.minor() <= 0) {
            throw UserError.INVALID_QUOTA_RESTORE.exception("amount must be a positive CNY amount (the quota is in CNY), not " + amount);
        }
    }
}
