package io.kaola.order.trade.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.kaola.order.api.OrderStatus.CLOSED;
import static io.kaola.order.api.OrderStatus.PAID;
import static io.kaola.order.api.OrderStatus.PENDING_PAYMENT;
import static io.kaola.order.trade.domain.OrderTransition.CLOSE;
import static io.kaola.order.trade.domain.OrderTransition.PAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTransitionTest {

    /** The whole lifecycle: (transition, from) → to. Everything not listed is illegal. */
    private static final Map<OrderTransition, Map<OrderStatus, OrderStatus>> LEGAL = Map.of(
            PAY, Map.of(PENDING_PAYMENT, PAID),
            CLOSE, Map.of(PENDING_PAYMENT, CLOSED));

    @Test
    void every_status_and_transition_pair_either_moves_as_the_lifecycle_says_or_is_refused() {
        int legal = 0;
        int refused = 0;
        for (OrderTransition transition : OrderTransition.values()) {
            for (OrderStatus status : OrderStatus.values()) {
                OrderStatus expected = LEGAL.get(transition).get(status);
                if (expected != null) {
                    assertThat(transition.applyTo(status)).as(transition + " from " + status).isEqualTo(expected);
                    legal++;
                } else {
                    assertThatThrownBy(() -> transition.applyTo(status))
                            .as(transition + " from " + status)
                            .isInstanceOf(KaolaException.class)
                            .satisfies(e -> assertThat(((KaolaException) e).is(OrderError.ILLEGAL_TRANSITION)).isTrue())
                            .hasMessageContaining(transition.name()).hasMessageContaining(status.name());
                    refused++;
                }
            }
        }
        assertThat(legal).isEqualTo(2);
        assertThat(refused).isEqualTo(OrderTransition.values().length * OrderStatus.values().length - 2);
    }

    @Test
    void a_paid_order_cannot_be_closed_nor_a_closed_one_paid() {
        assertThatThrownBy(() -> CLOSE.applyTo(PAID)).isInstanceOf(KaolaException.class);
        assertThatThrownBy(() -> PAY.applyTo(CLOSED)).isInstanceOf(KaolaException.class);
    }
}
