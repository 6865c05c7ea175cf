package io.kaola.user.quota.domain;

import io.kaola.user.api.QuotaStatus;

import java.time.Instant;

/**
 * The quota one order holds.
 *
 * @param orderNo     the order (primary key: one reservation per order)
 * @param identityKey the buyer's identity key (blind index): the quota is per identity number, not per account
 * @param buyerId     the account that ordered
 * @param year        quota year
 * @param amountFen   counted amount, CNY fen
 * @param status      RESERVED, CONFIRMED or RELEASED
 * @param createdAt   when it was reserved
 * @param updatedAt   last move
 */
public record QuotaReservation(String orderNo, String identityKey, long buyerId, int year, long amountFen,
                               QuotaStatus status, Instant createdAt, Instant updatedAt) {

    /** @return true while it counts against the limit (RESERVED or CONFIRMED) */
    public boolean isLive() { return status != QuotaStatus.RELEASED; }
}
