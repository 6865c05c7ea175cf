package io.kaola.user.quota.domain;

import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.UserError;

import java.util.Set;

import static io.kaola.user.api.QuotaStatus.CONFIRMED;
import static io.kaola.user.api.QuotaStatus.RELEASED;
import static io.kaola.user.api.QuotaStatus.RESERVED;

/**
 * Every legal move of a quota reservation, and what it does to the year's balance. A reservation is born
 * RESERVED (order placed); CONFIRM on payment; RELEASE on cancel (from RESERVED) or refund (from CONFIRMED).
 * Nothing else writes a reservation status. Rule: docs/cross-border.md §1, §4.6.
 */
public enum QuotaTransition {
    CONFIRM(CONFIRMED, RESERVED),
    RELEASE(RELEASED, RESERVED, CONFIRMED);

    private final QuotaStatus to;
    private final Set<QuotaStatus> from;

    QuotaTransition(QuotaStatus to, QuotaStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leads to */
    public QuotaStatus target() { return to; }

    /**
     * @return the target status
     * @throws io.kaola.common.error.KaolaException USER_QUOTA_RESERVATION_NOT_FOUND when {@code s} allows no such move
     *         (e.g. confirming a released reservation: there is no live reservation to confirm)
     */
    public QuotaStatus applyTo(QuotaStatus s) {
        if (!from.contains(s)) {
            throw UserError.QUOTA_RESERVATION_NOT_FOUND.exception("no live reservation: cannot " + name() + " one that is " + s);
        }
        return to;
    }

    /**
     * @param balance the year's balance before
     * @param status  the reservation's status before
     * @param amountFen the reservation's amount
     * @return the balance after the move
     */
    public QuotaBalance shift(QuotaBalance balance, QuotaStatus status, long amountFen) {
        applyTo(status);
        return switch (this) {
            case CONFIRM -> balance.confirm(amountFen);
            case RELEASE -> status == RESERVED ? balance.releaseReserved(amountFen) : balance.refund(amountFen);
        };
    }
}
