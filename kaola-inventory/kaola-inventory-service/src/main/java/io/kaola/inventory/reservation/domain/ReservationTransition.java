package io.kaola.inventory.reservation.domain;

import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;

import java.util.Set;

import static io.kaola.inventory.api.ReservationStatus.DEDUCTED;
import static io.kaola.inventory.api.ReservationStatus.RELEASED;
import static io.kaola.inventory.api.ReservationStatus.RESERVED;

/**
 * Every legal move of a reservation, and what a repeat or a late call means.
 * <pre>
 *   (none) --RESERVE--> RESERVED --DEDUCT--> DEDUCTED   (payment succeeded)
 *                                \--RELEASE--> RELEASED (order cancelled or closed unpaid)
 * </pre>
 * All three are idempotent because they arrive from retried RPCs and redelivered messages:
 * a call that finds the reservation already where it would put it changes nothing. A DEDUCTED
 * reservation is not released (a refund restocks it, later); deducting a RELEASED one is refused,
 * because its stock may already be sold to someone else.
 */
public enum ReservationTransition {
    RESERVE(RESERVED),
    DEDUCT(DEDUCTED, RESERVED),
    RELEASE(RELEASED, RESERVED);

    /** What the caller should do with the reservation as it is. */
    public enum Decision {
        /** Move to {@link #to()}: write the status (guarded by the current one) and the stock. */
        APPLY,
        /** Change nothing and answer with the reservation as it is (a repeat, or a no-op by rule). */
        KEEP
    }

    private final ReservationStatus to;
    private final Set<ReservationStatus> from;

    ReservationTransition(ReservationStatus to, ReservationStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the reservation in */
    public ReservationStatus to() { return to; }

    /** @return the statuses this transition moves from; empty for RESERVE, which starts from no reservation */
    public Set<ReservationStatus> from() { return from; }

    /**
     * @param orderNo the order, for the error detail
     * @param current the reservation's status, or null when the order has no reservation
     * @return APPLY when this transition moves it; KEEP when it stays as it is
     * @throws io.kaola.common.error.KaolaException INVENTORY_RESERVATION_NOT_FOUND (DEDUCT without a
     *         reservation), INVENTORY_RESERVATION_RELEASED (DEDUCT after RELEASE)
     */
    public Decision decide(String orderNo, ReservationStatus current) {
        if (current == null) {
            return switch (this) {
                case RESERVE -> Decision.APPLY;
                case DEDUCT -> throw InventoryError.RESERVATION_NOT_FOUND.exception("no stock is reserved for order " + orderNo);
                case RELEASE -> Decision.KEEP; // nothing held, nothing to give back
            };
        }
        if (from.contains(current)) return Decision.APPLY;
        if (current == to) return Decision.KEEP;
        return switch (this) {
            case RESERVE -> Decision.KEEP;   // the order already has its reservation
            case RELEASE -> Decision.KEEP;   // DEDUCTED: the goods are sold; a refund restocks them
            case DEDUCT -> throw InventoryError.RESERVATION_RELEASED.exception(
                    "the reservation of order " + orderNo + " was released (order cancelled or closed); its stock is no longer held");
        };
    }
}
