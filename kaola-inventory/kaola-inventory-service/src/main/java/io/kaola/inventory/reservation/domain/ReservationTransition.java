package io.kaola.inventory.reservation.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;

import java.util.Set;

import static io.kaola.inventory.api.ReservationStatus.DEDUCTED;
import static io.kaola.inventory.api.ReservationStatus.RELEASED;
import static io.kaola.inventory.api.ReservationStatus.RESERVED;

/**
 * Every legal move of a reservation, and what a repeat or a late call means ({@link #LIFECYCLE}).
 * <pre>
 *   (none) --RESERVE--> RESERVED --DEDUCT--> DEDUCTED   (payment succeeded)
 *                                \--RELEASE--> RELEASED (order cancelled or closed unpaid)
 * </pre>
 * All three are idempotent because they arrive from retried RPCs and redelivered messages:
 * a call that finds the reservation already where it would put it changes nothing. A DEDUCTED
 * reservation is not released (a refund restocks it, later); deducting a RELEASED one is refused,
 * because its stock may already be sold to someone else.
 */
public enum ReservationTransition implements Transition<ReservationStatus> {
    RESERVE(RESERVED),
    DEDUCT(DEDUCTED, RESERVED),
    RELEASE(RELEASED, RESERVED);

    /**
     * The reservation's table: the moves above; every repeat stays; RESERVE of an order that already has a
     * reservation stays (it answers the existing one); RELEASE without a reservation or of a DEDUCTED one
     * stays; DEDUCT is refused with INVENTORY_RESERVATION_NOT_FOUND without a reservation and with
     * INVENTORY_RESERVATION_RELEASED after RELEASE. No other pair exists.
     */
    public static final StateMachine<ReservationStatus, ReservationTransition> LIFECYCLE =
            StateMachine.of(ReservationStatus.class, ReservationTransition.class)
                    .refusedWith(InventoryError.RESERVATION_NOT_FOUND)
                    .repeatsStay()
                    .creates(RESERVE)
                    .stay(RESERVE, DEDUCTED, "the order already has its reservation (deducted)")
                    .stay(RESERVE, RELEASED, "the order already has its reservation (released)")
                    .stay(RELEASE, null, "nothing is held, nothing to give back")
                    .stay(RELEASE, DEDUCTED, "sold goods are not released; a refund restocks them")
                    .refuse(DEDUCT, null, InventoryError.RESERVATION_NOT_FOUND, "no stock is reserved for the order")
                    .refuse(DEDUCT, RELEASED, InventoryError.RESERVATION_RELEASED,
                            "the reservation was released (order cancelled or closed); its stock is no longer held")
                    .build();

    private final ReservationStatus to;
    private final Set<ReservationStatus> from;

    ReservationTransition(ReservationStatus to, ReservationStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the reservation in */
    @Override public ReservationStatus target() { return to; }

    /** @return the statuses this transition moves from; empty for RESERVE, which starts from no reservation */
    @Override public Set<ReservationStatus> sources() { return from; }

    /**
     * Decides this transition for one order's reservation ({@link #LIFECYCLE}).
     *
     * @param orderNo the order, named in a refusal's detail
     * @param current the reservation's status, or null when the order has no reservation
     * @return the step: moves (write the status guarded by {@code step.from()}, then the stock) or stays
     *         (answer with the reservation as it is)
     * @throws io.kaola.common.error.KaolaException INVENTORY_RESERVATION_NOT_FOUND (DEDUCT without a
     *         reservation), INVENTORY_RESERVATION_RELEASED (DEDUCT after RELEASE)
     */
    public Step<ReservationStatus> decideFor(String orderNo, ReservationStatus current) {
        Step<ReservationStatus> step = LIFECYCLE.decide(current, this);
        if (step.refused()) throw step.refusal().exception(step.reason() + ": order " + orderNo);
        return step;
    }
}
