package io.kaola.user.quota.domain;

import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.UserError;

import java.time.Instant;

/**
 * The quota one order holds.
 *
 * @param orderNo     the order (primary key: one reservation per order)
 * @param identityKey the buyer's identity key (blind index): the quota is per identity number, not per account
 * @param buyerId     the account that ordered
 * @param year        quota year
 * @param amountFen   counted amount when reserved, CNY fen
 * @param restoredFen given back so far by returns ({@link QuotaTransition#RESTORE}), CNY fen, 0..amountFen
 * @param status      RESERVED, CONFIRMED or RELEASED
 * @param createdAt   when it was reserved
 * @param updatedAt   last move or restore
 */
public record QuotaReservation(String orderNo, String identityKey, long buyerId, int year, long amountFen,
                               long restoredFen, QuotaStatus status, Instant createdAt, Instant updatedAt) {

    public QuotaReservation {
        if (amountFen < 0 || restoredFen < 0 || restoredFen > amountFen) {
            throw new IllegalStateException("reservation of order " + orderNo + ": restored " + restoredFen
                    + " fen of " + amountFen);
        }
    }

    /** @return true while it counts against the limit (RESERVED or CONFIRMED) */
    public boolean isLive() { return status != QuotaStatus.RELEASED; }

    /**
     * @return what the reservation still counts in its year's balance while live, CNY fen: the amount minus what
     *         returns restored (what a RELEASE gives back, and the most a further restore may give back)
     */
    public long stillCountedFen() { return amountFen - restoredFen; }

    /**
     * The reservation after a return gave back {@code amountFen} (the status is decided by
     * {@link QuotaTransition#RESTORE}: it stays CONFIRMED).
     *
     * @param amountFen CNY fen, > 0
     * @param now       when
     * @return with {@code restoredFen} raised by the amount
     * @throws io.kaola.common.error.KaolaException USER_INVALID_QUOTA_RESTORE when the amount is not positive or
     *         more than {@link #stillCountedFen()} (docs/cross-border.md §1: the total restored never exceeds the amount)
     */
    public QuotaReservation restore(long amountFen, Instant now) {
        if (amountFen <= 0) {
            throw UserError.INVALID_QUOTA_RESTORE.exception("a restore must give back more than 0 fen, not " + amountFen);
        }
        if (amountFen > stillCountedFen()) {
            throw UserError.INVALID_QUOTA_RESTORE.exception("order " + orderNo + " has " + AnnualQuota.cny(stillCountedFen())
                    + " CNY of its " + AnnualQuota.cny(this.amountFen) + " CNY left to restore, not " + AnnualQuota.cny(amountFen));
        }
        return new QuotaReservation(orderNo, identityKey, buyerId, year, this.amountFen, restoredFen + amountFen, status,
                createdAt, now);
    }
}
