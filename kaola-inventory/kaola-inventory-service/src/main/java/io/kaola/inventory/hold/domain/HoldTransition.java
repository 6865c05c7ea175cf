package io.kaola.inventory.hold.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;
import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.api.InventoryError;

import java.util.Set;

import static io.kaola.inventory.api.HoldStatus.CLOSED;
import static io.kaola.inventory.api.HoldStatus.OPEN;

/**
 * Every legal move of a stock hold, and what a repeat or a late call means ({@link #LIFECYCLE}).
 * <pre>
 *   (none) --HOLD--> OPEN --CLOSE--> CLOSED   (the flash sale ended; what is left goes back to available stock)
 * </pre>
 * Both are idempotent because they arrive from retried RPCs: a call that finds the hold already where it would put
 * it changes nothing. Orders taking units from an OPEN hold (and giving them back) do not move its status.
 */
public enum HoldTransition implements Transition<HoldStatus> {
    HOLD(OPEN),
    CLOSE(CLOSED, OPEN);

    /**
     * The hold's table: the moves above; every repeat stays; HOLD of an id that already has a hold stays (it answers
     * the existing one, OPEN or CLOSED, when the request is the same); CLOSE of an unknown hold is refused with
     * INVENTORY_HOLD_NOT_FOUND. No other pair exists.
     */
    public static final StateMachine<HoldStatus, HoldTransition> LIFECYCLE =
            StateMachine.of(HoldStatus.class, HoldTransition.class)
                    .refusedWith(InventoryError.HOLD_NOT_FOUND)
                    .repeatsStay()
                    .creates(HOLD)
                    .stay(HOLD, CLOSED, "the hold id already has its hold (closed)")
                    .refuse(CLOSE, null, InventoryError.HOLD_NOT_FOUND, "there is no stock hold to close")
                    .build();

    private final HoldStatus to;
    private final Set<HoldStatus> from;

    HoldTransition(HoldStatus to, HoldStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the hold in */
    @Override public HoldStatus target() { return to; }

    /** @return the statuses this transition moves from; empty for HOLD, which starts from no hold */
    @Override public Set<HoldStatus> sources() { return from; }

    /**
     * Decides this transition for one hold ({@link #LIFECYCLE}).
     *
     * @param holdId  the hold, named in a refusal's detail
     * @param current the hold's status, or null when there is no hold under this id
     * @return the step: moves (write the status guarded by {@code step.from()}, then the stock) or stays (answer with
     *         the hold as it is)
     * @throws io.kaola.common.error.KaolaException INVENTORY_HOLD_NOT_FOUND (CLOSE without a hold)
     */
    public Step<HoldStatus> decideFor(String holdId, HoldStatus current) {
        Step<HoldStatus> step = LIFECYCLE.decide(current, this);
        if (step.refused()) throw step.refusal().exception(step.reason() + ": hold " + holdId);
        return step;
    }
}
