package io.kaola.logistics.waybill.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.api.WaybillStatus;

import java.util.Set;

import static io.kaola.logistics.api.WaybillStatus.CANCELLED;
import static io.kaola.logistics.api.WaybillStatus.CREATED;
import static io.kaola.logistics.api.WaybillStatus.SHIPPED;

/**
 * Every move of a waybill ({@link #LIFECYCLE}).
 * <pre>
 *   (none) --CREATE--> CREATED --SHIP--> SHIPPED       (customs released the list, 800)
 *                             \--CANCEL--> CANCELLED   (customs rejected it for quota or identity)
 * </pre>
 * Every move comes from a redelivered message, so a repeat stays; CREATE of an order that has a waybill stays (one
 * waybill per order). Shipping a cancelled waybill and cancelling a shipped one are refused; SHIP and CANCEL without
 * a waybill are refused with LOGISTICS_WAYBILL_NOT_FOUND.
 */
public enum WaybillTransition implements Transition<WaybillStatus> {
    CREATE(CREATED),
    SHIP(SHIPPED, CREATED),
    CANCEL(CANCELLED, CREATED);

    /** The waybill's table. */
    public static final StateMachine<WaybillStatus, WaybillTransition> LIFECYCLE =
            StateMachine.of(WaybillStatus.class, WaybillTransition.class)
                    .refusedWith(LogisticsError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .creates(CREATE)
                    .stay(CREATE, SHIPPED, "the order already has its waybill (shipped)")
                    .stay(CREATE, CANCELLED, "the order already has its waybill (cancelled)")
                    .refuse(SHIP, null, LogisticsError.WAYBILL_NOT_FOUND, "the order has no waybill yet")
                    .refuse(CANCEL, null, LogisticsError.WAYBILL_NOT_FOUND, "the order has no waybill")
                    .refuse(SHIP, CANCELLED, LogisticsError.ILLEGAL_TRANSITION,
                            "the waybill was cancelled (customs rejected the order); it never ships")
                    .refuse(CANCEL, SHIPPED, LogisticsError.ILLEGAL_TRANSITION, "the parcel has already shipped")
                    .build();

    private final WaybillStatus to;
    private final Set<WaybillStatus> from;

    WaybillTransition(WaybillStatus to, WaybillStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    @Override public WaybillStatus target() { return to; }

    @Override public Set<WaybillStatus> sources() { return from; }

    /**
     * @param orderNo named in a refusal's detail
     * @param current the waybill's status, null without one
     * @return the step (a move or a stay)
     * @throws io.kaola.common.error.KaolaException LOGISTICS_WAYBILL_NOT_FOUND, LOGISTICS_ILLEGAL_TRANSITION
     */
    public Step<WaybillStatus> decideFor(String orderNo, WaybillStatus current) {
        Step<WaybillStatus> step = LIFECYCLE.decide(current, this);
        if (step.refused()) throw step.refusal().exception(step.reason() + ": order " + orderNo);
        return step;
    }
}
