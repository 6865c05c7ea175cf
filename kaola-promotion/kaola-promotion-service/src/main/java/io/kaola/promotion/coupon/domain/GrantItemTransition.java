package io.kaola.promotion.coupon.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.promotion.api.PromotionError;

import java.util.Set;

import static io.kaola.promotion.coupon.domain.GrantItemStatus.ISSUED;
import static io.kaola.promotion.coupon.domain.GrantItemStatus.PENDING;
import static io.kaola.promotion.coupon.domain.GrantItemStatus.REFUSED;

/**
 * A grant user's moves: PENDING --ISSUE--> ISSUED, PENDING --REFUSE--> REFUSED. A handled user stays as it is
 * whatever arrives later (a redelivered message), so each user is issued once.
 */
public enum GrantItemTransition implements Transition<GrantItemStatus> {
    ISSUE(ISSUED, PENDING),
    REFUSE(REFUSED, PENDING);

    /** The table: the two moves; a repeat stays; ISSUE after REFUSE and REFUSE after ISSUE stay (handled once). */
    public static final StateMachine<GrantItemStatus, GrantItemTransition> LIFECYCLE =
            StateMachine.of(GrantItemStatus.class, GrantItemTransition.class)
                    .refusedWith(PromotionError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .stay(ISSUE, REFUSED, "the user was handled: refused")
                    .stay(REFUSE, ISSUED, "the user was handled: issued")
                    .build();

    private final GrantItemStatus to;
    private final Set<GrantItemStatus> from;

    GrantItemTransition(GrantItemStatus to, GrantItemStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the user in */
    @Override public GrantItemStatus target() { return to; }

    /** @return PENDING */
    @Override public Set<GrantItemStatus> sources() { return from; }
}
