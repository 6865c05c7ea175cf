package io.kaola.user.notification.domain;

import io.kaola.common.error.CommonError;
import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;

import java.util.EnumSet;
import java.util.Set;

/**
 * The delivery of one notification: RECORD creates it PENDING (a repeat of the same order and status stays), SEND
 * moves PENDING to SENT once; SEND of a SENT one stays (nothing is sent again).
 */
public enum DeliveryTransition implements Transition<DeliveryStatus> {
    /** First sight of (order, status): a PENDING notification. */
    RECORD(DeliveryStatus.PENDING),
    /** The provider accepted it. */
    SEND(DeliveryStatus.SENT, DeliveryStatus.PENDING);

    /** The one table of notification deliveries. */
    public static final StateMachine<DeliveryStatus, DeliveryTransition> LIFECYCLE =
            StateMachine.of(DeliveryStatus.class, DeliveryTransition.class)
                    .refusedWith(CommonError.INVALID_REQUEST)
                    .creates(RECORD)
                    .stay(RECORD, DeliveryStatus.PENDING, "the same order status delivered again: already recorded")
                    .stay(RECORD, DeliveryStatus.SENT, "the same order status delivered again: already sent")
                    .repeatsStay()
                    .build();

    private final DeliveryStatus target;
    private final Set<DeliveryStatus> sources;

    DeliveryTransition(DeliveryStatus target, DeliveryStatus... from) {
        this.target = target;
        this.sources = from.length == 0 ? EnumSet.noneOf(DeliveryStatus.class) : EnumSet.of(from[0], from);
    }

    @Override public DeliveryStatus target() { return target; }
    @Override public Set<DeliveryStatus> sources() { return sources; }
}
