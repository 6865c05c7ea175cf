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
import static io.kaola.inventory.api.ReservationStatus.RESTOCKED;

/**
 * Every legal move of a reservation, and what a repeat or a late call means ({@link #LIFECYCLE}).
 * <pre>
 *   (none) --RESERVE--> RESERVED --DEDUCT--> DEDUCTED --RESTOCK--> RESTOCKED (the last deducted unit is back)
 *                          \                  \--RESTOCK_PART--> stays DEDUCTED (some units back, some still sold)
 *                           \--RELEASE--> RELEASED (order cancelled or closed unpaid)
 * </pre>
 * All are idempotent because they arrive from retried RPCs and redelivered messages:
 * a call that finds the reservation already where it would put it changes nothing. A DEDUCTED
 * reservation is not released (a restock puts its units back); deducting a RELEASED one is refused,
 * because its stock may already be sold to someone else.
 * <p>
 * A restock is one of two transitions, chosen by {@link RestockPlan#transition()}: RESTOCK when it brings back every
 * unit still out (DEDUCTED → RESTOCKED), RESTOCK_PART when some stay sold. RESTOCK_PART's target is DEDUCTED and it
 * has no source: from DEDUCTED the table answers "stays" — the status is not written, the units go back through
 * {@code restock_line} and on-hand. Both refuse a reservation that was never deducted.
 */
public enum ReservationTransition implements Transition<ReservationStatus> {
    RESERVE(RESERVED),
    DEDUCT(DEDUCTED, RESERVED),
    RELEASE(RELEASED, RESERVED),
    /** The restock that brings the last deducted unit back. */
    RESTOCK(RESTOCKED, DEDUCTED),
    /** A restock after which some deducted units are still out: the status stays DEDUCTED. */
    RESTOCK_PART(DEDUCTED);

    /**
     * The reservation's table: the moves above; every repeat stays; RESERVE of an order that already has a
     * reservation stays (it answers the existing one); RELEASE without a reservation or of a DEDUCTED or RESTOCKED one
     * stays; DEDUCT is refused with INVENTORY_RESERVATION_NOT_FOUND without a reservation and with
     * INVENTORY_RESERVATION_RELEASED after RELEASE, and stays after RESTOCK (a late payment notice); RESTOCK and
     * RESTOCK_PART are refused with INVENTORY_RESERVATION_NOT_FOUND without a reservation and with
     * INVENTORY_RESERVATION_NOT_DEDUCTED from RESERVED or RELEASED; RESTOCK_PART stays on DEDUCTED and is refused
     * with INVENTORY_INVALID_QUANTITY on RESTOCKED (nothing is left). No other pair exists.
     */
    public static final StateMachine<ReservationStatus, ReservationTransition> LIFECYCLE =
            StateMachine.of(ReservationStatus.class, ReservationTransition.class)
                    .refusedWith(InventoryError.RESERVATION_NOT_FOUND)
                    .repeatsStay()
                    .creates(RESERVE)
                    .stay(RESERVE, DEDUCTED, "the order already has its reservation (deducted)")
                    .stay(RESERVE, RELEASED, "the order already has its reservation (released)")
                    .stay(RESERVE, RESTOCKED, "the order already has its reservation (restocked)")
                    .stay(RELEASE, null, "nothing is held, nothing to give back")
                    .stay(RELEASE, DEDUCTED, "sold goods are not released; a restock puts them back")
                    .stay(RELEASE, RESTOCKED, "nothing is held: the units were sold and are back on hand")
                    .refuse(DEDUCT, null, InventoryError.RESERVATION_NOT_FOUND, "no stock is reserved for the order")
                    .refuse(DEDUCT, RELEASED, InventoryError.RESERVATION_RELEASED,
                            "the reservation was released (order cancelled or closed); its stock is no longer held")
                    .stay(DEDUCT, RESTOCKED, "deducted before, and restocked since; a late deduction changes nothing")
                    .refuse(RESTOCK, null, InventoryError.RESERVATION_NOT_FOUND, "the order has no reservation")
                    .refuse(RESTOCK, RESERVED, InventoryError.RESERVATION_NOT_DEDUCTED,
                            "the reservation is not deducted, nothing was sold; release it instead")
                    .refuse(RESTOCK, RELEASED, InventoryError.RESERVATION_NOT_DEDUCTED,
                            "the reservation was released, nothing was sold")
                    .refuse(RESTOCK_PART, null, InventoryError.RESERVATION_NOT_FOUND, "the order has no reservation")
                    .refuse(RESTOCK_PART, RESERVED, InventoryError.RESERVATION_NOT_DEDUCTED,
                            "the reservation is not deducted, nothing was sold; release it instead")
                    .refuse(RESTOCK_PART, RELEASED, InventoryError.RESERVATION_NOT_DEDUCTED,
                            "the reservation was released, nothing was sold")
                    .stay(RESTOCK_PART, DEDUCTED, "some units are still sold: the reservation stays DEDUCTED")
                    .refuse(RESTOCK_PART, RESTOCKED, InventoryError.INVALID_QUANTITY,
                            "every unit is back already, nothing is left to restock")
                    .build();

    private final ReservationStatus to;
    private final Set<ReservationStatus> from;

    ReservationTransition(ReservationStatus to, ReservationStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the reservation in */
    @Override public ReservationStatus target() { return to; }

    /**
     * @return the statuses this transition moves from; empty for RESERVE, which starts from no reservation, and for
     *         RESTOCK_PART, which never moves the status
     */
    @Override public Set<ReservationStatus> sources() { return from; }

    /**
     * Decides this transition for one order's reservation ({@link #LIFECYCLE}).
     *
     * @param orderNo the order, named in a refusal's detail
     * @param current the reservation's status, or null when the order has no reservation
     * @return the step: moves (write the status guarded by {@code step.from()}, then the stock) or stays
     *         (answer with the reservation as it is)
     * @throws io.kaola.common.error.KaolaException INVENTORY_RESERVATION_NOT_FOUND (DEDUCT or a restock without a
     *         reservation), INVENTORY_RESERVATION_RELEASED (DEDUCT after RELEASE), INVENTORY_RESERVATION_NOT_DEDUCTED
     *         (a restock of a RESERVED or RELEASED reservation), INVENTORY_INVALID_QUANTITY (RESTOCK_PART of a
     *         RESTOCKED one)
     */
    public Step<ReservationStatus> decideFor(String orderNo, ReservationStatus current) {
        Step<ReservationStatus> step = LIFECYCLE.decide(current, this);
        if (step.refused()) throw step.refusal().exception(step.reason() + ": order " + orderNo);
        return step;
    }
}
