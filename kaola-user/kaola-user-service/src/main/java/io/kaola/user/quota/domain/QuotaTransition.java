package io.kaola.user.quota.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;
import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.UserError;

import java.util.Set;

import static io.kaola.user.api.QuotaStatus.CONFIRMED;
import static io.kaola.user.api.QuotaStatus.RELEASED;
import static io.kaola.user.api.QuotaStatus.RESERVED;

/**
 * Every legal move of a quota reservation ({@link #LIFECYCLE}), and what it does to the year's balance
 * ({@link #shift}). A reservation is born RESERVED (order placed, by ReserveQuota); CONFIRM on payment; RELEASE on
 * cancel (from RESERVED) or refund (from CONFIRMED); RESTORE on a return gives back part of a CONFIRMED amount
 * and leaves the status CONFIRMED (also when nothing is left to restore: the order was paid and delivered, only
 * part of its quota came back). Nothing else writes a reservation status.
 * Rule: docs/cross-border.md §1, §4.6.
 */
public enum QuotaTransition implements Transition<QuotaStatus> {
    CONFIRM(CONFIRMED, RESERVED),
    RELEASE(RELEASED, RESERVED, CONFIRMED),
    /** A return: no status move (its table says where it may happen); the restored amount is recorded beside the status. */
    RESTORE(CONFIRMED);

    /**
     * The reservation's table: the moves above; a repeat stays (retried RPCs, redelivered messages); RELEASE of an
     * order without a reservation stays (there is nothing to give back); CONFIRM without a reservation or of a
     * RELEASED one is refused with USER_QUOTA_RESERVATION_NOT_FOUND (there is no live reservation to confirm).
     * RESTORE of a CONFIRMED reservation stays CONFIRMED (the restore is a ledger entry, quota_restore, that lowers
     * the year's used amount); of none, a RESERVED one (nothing paid, nothing used: release it) or a RELEASED one
     * (everything already given back) it is refused with USER_QUOTA_RESERVATION_NOT_FOUND.
     */
    public static final StateMachine<QuotaStatus, QuotaTransition> LIFECYCLE =
            StateMachine.of(QuotaStatus.class, QuotaTransition.class)
                    .refusedWith(UserError.QUOTA_RESERVATION_NOT_FOUND)
                    .repeatsStay()
                    .stay(RELEASE, null, "the order holds no quota reservation: nothing to give back")
                    .refuse(CONFIRM, null, UserError.QUOTA_RESERVATION_NOT_FOUND, "the order holds no quota reservation")
                    .refuse(CONFIRM, RELEASED, UserError.QUOTA_RESERVATION_NOT_FOUND, "the reservation was released"
                            + " (order cancelled or refunded): there is no live reservation to confirm")
                    .stay(RESTORE, CONFIRMED, "a return gives back part of the used amount: the reservation stays CONFIRMED")
                    .refuse(RESTORE, null, UserError.QUOTA_RESERVATION_NOT_FOUND,
                            "the order holds no quota reservation: there is nothing to restore")
                    .refuse(RESTORE, RESERVED, UserError.QUOTA_RESERVATION_NOT_FOUND,
                            "the order is not paid: nothing of its quota is used yet; release the reservation instead")
                    .refuse(RESTORE, RELEASED, UserError.QUOTA_RESERVATION_NOT_FOUND,
                            "the reservation was released (order cancelled or refunded): everything is given back already")
                    .build();

    private final QuotaStatus to;
    private final Set<QuotaStatus> from;

    QuotaTransition(QuotaStatus to, QuotaStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leads to */
    @Override public QuotaStatus target() { return to; }

    /** @return the statuses this transition moves from */
    @Override public Set<QuotaStatus> sources() { return from; }

    /**
     * Decides this transition for one order's reservation ({@link #LIFECYCLE}).
     *
     * @param orderNo the order, named in a refusal's detail
     * @param current the reservation's status, or null when the order has none
     * @return the step: moves (shift the balance, write the status guarded by {@code step.from()}) or stays
     *         (answer with the reservation as it is)
     * @throws io.kaola.common.error.KaolaException USER_QUOTA_RESERVATION_NOT_FOUND (CONFIRM of none, or of a
     *         RELEASED one; RESTORE of anything but a CONFIRMED one)
     */
    public Step<QuotaStatus> decideFor(String orderNo, QuotaStatus current) {
        Step<QuotaStatus> step = LIFECYCLE.decide(current, this);
        if (step.refused()) throw step.refusal().exception("order " + orderNo + ": " + step.reason());
        return step;
    }

    /**
     * The balance after this move: CONFIRM moves the amount from reserved to used; RELEASE gives back a reserved
     * amount (cancel) or a used one (refund); RESTORE gives back part of a used one (return) while the status stays.
     *
     * @param balance   the year's balance before
     * @param status    the reservation's status before (the machine must move it, or for RESTORE let it stay)
     * @param amountFen what the move shifts, CNY fen: the reservation's amount still counted
     *                  ({@link QuotaReservation#stillCountedFen()}); for RESTORE the amount the return gives back
     * @return the balance after the move
     * @throws io.kaola.common.error.KaolaException USER_QUOTA_RESERVATION_NOT_FOUND when {@link #LIFECYCLE} refuses
     *         the move (e.g. confirming a released reservation)
     * @throws IllegalStateException when the move changes nothing (a repeat: there is nothing to shift) or would
     *         take the balance below zero
     */
    public QuotaBalance shift(QuotaBalance balance, QuotaStatus status, long amountFen) {
        Step<QuotaStatus> step = LIFECYCLE.decide(status, this);
        if (step.refused()) throw step.exception();
        if (this != RESTORE && !step.moves()) throw new IllegalStateException(name() + " from " + status + " changes no balance: " + step.reason());
        return switch (this) {
            case CONFIRM -> balance.confirm(amountFen);
            case RELEASE -> status == RESERVED ? balance.releaseReserved(amountFen) : balance.refund(amountFen);
            case RESTORE -> balance.refund(amountFen);   // the status stays CONFIRMED, the used amount goes down
        };
    }
}
