package io.kaola.order.trade.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.ReturnStatus;

import java.util.Set;

import static io.kaola.order.api.ReturnStatus.APPROVED;
import static io.kaola.order.api.ReturnStatus.RECEIVED;
import static io.kaola.order.api.ReturnStatus.REFUNDED;
import static io.kaola.order.api.ReturnStatus.REFUNDING;
import static io.kaola.order.api.ReturnStatus.REFUSED;
import static io.kaola.order.api.ReturnStatus.REQUESTED;

/**
 * Every legal move of a return after delivery ({@link #LIFECYCLE}; docs/after-sales.md#returns):
 * <pre>
 *   (none) --REQUEST--> REQUESTED --APPROVE--> APPROVED --RECEIVE--> RECEIVED --ASK_REFUND--> REFUNDING --COMPLETE--> REFUNDED
 *                                 \--REFUSE--> REFUSED
 * </pre>
 * APPROVE and REFUSE are ops' calls; RECEIVE comes from parcel-status-changed (the return parcel RETURNED to the
 * bonded warehouse); ASK_REFUND once customs answered the CEB625 as well; COMPLETE from refund-succeeded.
 */
public enum ReturnTransition implements Transition<ReturnStatus> {
    /** The shopper asks. */
    REQUEST(REQUESTED),
    /** Ops approve: CEB625 to customs, pickup booked with the carrier. */
    APPROVE(APPROVED, REQUESTED),
    /** Ops refuse, with a reason. */
    REFUSE(REFUSED, REQUESTED),
    /** The return parcel is back in the bonded warehouse. */
    RECEIVE(RECEIVED, APPROVED),
    /** Parcel back and customs answered: the units are restocked, the quota restored (in the windows), the refund asked. */
    ASK_REFUND(REFUNDING, RECEIVED),
    /** The refund succeeded. */
    COMPLETE(REFUNDED, REFUNDING);

    private static final String LATE = "a late or repeated message: the return is already past it";

    /**
     * The one table of a return: the moves above; every repeat stays (an APPROVE of an APPROVED return retries the
     * CEB625 and the pickup); an APPROVE of a return already further stays; a RECEIVE or ASK_REFUND that finds it
     * further stays (late message). Everything else is ORDER_ILLEGAL_TRANSITION (409), e.g. refusing an approved
     * return, a parcel back before approval (retried), approving a refused one.
     */
    public static final StateMachine<ReturnStatus, ReturnTransition> LIFECYCLE =
            StateMachine.of(ReturnStatus.class, ReturnTransition.class)
                    .refusedWith(OrderError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .creates(REQUEST)
                    .stay(APPROVE, RECEIVED, "approved already").stay(APPROVE, REFUNDING, "approved already")
                    .stay(APPROVE, REFUNDED, "approved already")
                    .stay(RECEIVE, REFUNDING, LATE).stay(RECEIVE, REFUNDED, LATE)
                    .stay(ASK_REFUND, REFUNDED, LATE)
                    .build();

    private final ReturnStatus to;
    private final Set<ReturnStatus> from;

    ReturnTransition(ReturnStatus to, ReturnStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the return in */
    @Override public ReturnStatus target() { return to; }

    /** @return the statuses it moves from; empty for REQUEST, which starts from no return */
    @Override public Set<ReturnStatus> sources() { return from; }
}
