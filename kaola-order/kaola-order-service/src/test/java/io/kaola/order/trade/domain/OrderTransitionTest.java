package io.kaola.order.trade.domain;

import io.kaola.common.test.TransitionTableCheck;
import io.kaola.order.api.OrderError;
import org.junit.jupiter.api.Test;

import static io.kaola.order.api.OrderStatus.CLOSED;
import static io.kaola.order.api.OrderStatus.PAID;
import static io.kaola.order.api.OrderStatus.PENDING_PAYMENT;
import static io.kaola.order.trade.domain.OrderTransition.CLOSE;
import static io.kaola.order.trade.domain.OrderTransition.PAY;
import static org.assertj.core.api.Assertions.assertThat;

class OrderTransitionTest {

    @Test
    void every_status_and_transition_pair_moves_stays_or_is_refused_as_the_lifecycle_says() {
        int pairs = TransitionTableCheck.of(OrderTransition.LIFECYCLE, OrderError.ILLEGAL_TRANSITION)
                .move(PENDING_PAYMENT, PAY, PAID)
                .move(PENDING_PAYMENT, CLOSE, CLOSED)
                .stay(CLOSED, CLOSE)  // a repeated cancel settles payments, stock and quota again
                .verify();  // everything else, "no order" included: ORDER_ILLEGAL_TRANSITION
        assertThat(pairs).isEqualTo(4 * 2);
    }

    @Test
    void a_paid_order_cannot_be_closed_and_the_refusal_says_why() {
        assertThat(OrderTransition.LIFECYCLE.decide(PAID, CLOSE).reason()).contains("CLOSE").contains("PAID");
    }
}
