package io.kaola.promotion.seckill.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Transition;
import io.kaola.promotion.api.PromotionError;

import java.util.Set;

import static io.kaola.promotion.seckill.domain.FlashSaleStatus.ENDED;
import static io.kaola.promotion.seckill.domain.FlashSaleStatus.HELD;
import static io.kaola.promotion.seckill.domain.FlashSaleStatus.PENDING;

/**
 * A flash sale's moves ({@link #LIFECYCLE}):
 * <pre>
 *   PENDING --HOLD--> HELD --END--> ENDED
 *      \------------END-----------/        (a creation that crashed before its hold: closed by the sweep)
 * </pre>
 * Both are idempotent (a repeat stays): END arrives from the sweep and from ops at once.
 */
public enum FlashSaleTransition implements Transition<FlashSaleStatus> {
    HOLD(HELD, PENDING),
    END(ENDED, PENDING, HELD);

    /** The table: the moves above; repeats stay; HOLD of an ENDED sale is refused (its units went back). */
    public static final StateMachine<FlashSaleStatus, FlashSaleTransition> LIFECYCLE =
            StateMachine.of(FlashSaleStatus.class, FlashSaleTransition.class)
                    .refusedWith(PromotionError.ILLEGAL_TRANSITION)
                    .repeatsStay()
                    .build();

    private final FlashSaleStatus to;
    private final Set<FlashSaleStatus> from;

    FlashSaleTransition(FlashSaleStatus to, FlashSaleStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    /** @return the status this transition leaves the sale in */
    @Override public FlashSaleStatus target() { return to; }

    /** @return the statuses it moves from */
    @Override public Set<FlashSaleStatus> sources() { return from; }
}
