package io.kaola.order.trade.domain;

import io.kaola.common.test.TransitionTableCheck;
import io.kaola.order.api.OrderError;
import org.junit.jupiter.api.Test;

import static io.kaola.order.api.OrderStatus.CLEARED;
import static io.kaola.order.api.OrderStatus.CLOSED;
import static io.kaola.order.api.OrderStatus.COMPLETED;
import static io.kaola.order.api.OrderStatus.CUSTOMS_REJECTED;
import static io.kaola.order.api.OrderStatus.DECLARING;
import static io.kaola.order.api.OrderStatus.DELIVERED;
import static io.kaola.order.api.OrderStatus.PAID;
import static io.kaola.order.api.OrderStatus.PENDING_PAYMENT;
import static io.kaola.order.api.OrderStatus.REFUNDED;
import static io.kaola.order.api.OrderStatus.REFUNDING;
import static io.kaola.order.api.OrderStatus.SHIPPED;
import static io.kaola.order.trade.domain.OrderTransition.CANCEL_PAID;
import static io.kaola.order.trade.domain.OrderTransition.CLOSE;
import static io.kaola.order.trade.domain.OrderTransition.CONFIRM_RECEIPT;
import static io.kaola.order.trade.domain.OrderTransition.DECLARE;
import static io.kaola.order.trade.domain.OrderTransition.DELIVER;
import static io.kaola.order.trade.domain.OrderTransition.PAY;
import static io.kaola.order.trade.domain.OrderTransition.REFUND;
import static io.kaola.order.trade.domain.OrderTransition.REJECT;
import static io.kaola.order.trade.domain.OrderTransition.RELEASE;
import static io.kaola.order.trade.domain.OrderTransition.SHIP;
import static io.kaola.order.trade.domain.OrderTransition.TIME_OUT;
import static org.assertj.core.api.Assertions.assertThat;

class OrderTransitionTest {

    @Test
    void every_status_and_transition_pair_moves_stays_or_is_refused_as_the_lifecycle_says() {
        int pairs = TransitionTableCheck.of(OrderTransition.LIFECYCLE, OrderError.ILLEGAL_TRANSITION)
                .move(PENDING_PAYMENT, PAY, PAID)
                .move(PENDING_PAYMENT, CLOSE, CLOSED)
                .move(PENDING_PAYMENT, TIME_OUT, CLOSED)
                .move(PAID, DECLARE, DECLARING)
                .move(PAID, RELEASE, CLEARED)        // DECLARED may arrive after RELEASED
                .move(DECLARING, RELEASE, CLEARED)
                .move(CLEARED, SHIP, SHIPPED)
                .move(SHIPPED, DELIVER, DELIVERED)
                .move(DELIVERED, CONFIRM_RECEIPT, COMPLETED)
                .move(PAID, REJECT, CUSTOMS_REJECTED)
                .move(DECLARING, REJECT, CUSTOMS_REJECTED)
                // paid, then cancelled before release: refunded; a customs rejection is refunded too
                .move(PAID, CANCEL_PAID, REFUNDING)
                .move(DECLARING, CANCEL_PAID, REFUNDING)
                .move(REFUNDING, RELEASE, CLEARED)   // customs released it before it could cancel: it ships
                .move(REFUNDING, REFUND, REFUNDED)
                .move(CUSTOMS_REJECTED, REFUND, REFUNDED)
                // repeats stay (a redelivered message, a retried call)
                .stay(PAID, PAY).stay(CLOSED, CLOSE).stay(CLOSED, TIME_OUT).stay(DECLARING, DECLARE)
                .stay(CLEARED, RELEASE).stay(SHIPPED, SHIP).stay(DELIVERED, DELIVER).stay(COMPLETED, CONFIRM_RECEIPT)
                .stay(CUSTOMS_REJECTED, REJECT).stay(REFUNDING, CANCEL_PAID).stay(REFUNDED, REFUND)
                // late messages: the order is already past them
                .stay(CLEARED, DECLARE).stay(SHIPPED, DECLARE).stay(DELIVERED, DECLARE).stay(COMPLETED, DECLARE)
                .stay(CUSTOMS_REJECTED, DECLARE)
                .stay(SHIPPED, RELEASE).stay(DELIVERED, RELEASE).stay(COMPLETED, RELEASE)
                .stay(DELIVERED, SHIP).stay(COMPLETED, SHIP)
                .stay(COMPLETED, DELIVER)
                .stay(REFUNDING, DECLARE).stay(REFUNDED, DECLARE).stay(REFUNDING, REJECT).stay(REFUNDED, REJECT)
                .stay(CUSTOMS_REJECTED, CANCEL_PAID).stay(REFUNDED, CANCEL_PAID)
                .verify();  // everything else, "no order" included: ORDER_ILLEGAL_TRANSITION
        assertThat(pairs).isEqualTo(12 * 11);   // (11 statuses + no order) × 11 transitions
    }

    @Test
    void a_paid_order_cannot_be_closed_and_the_refusal_says_why() {
        assertThat(OrderTransition.LIFECYCLE.decide(PAID, CLOSE).reason()).contains("CLOSE").contains("PAID");
    }

    @Test
    void nothing_ships_before_customs_release_and_the_message_is_retried() {
        assertThat(OrderTransition.LIFECYCLE.decide(DECLARING, SHIP).refused()).isTrue();
        assertThat(OrderTransition.LIFECYCLE.decide(PAID, SHIP).refused()).isTrue();
        assertThat(OrderTransition.LIFECYCLE.decide(CUSTOMS_REJECTED, RELEASE).refused()).isTrue();
    }
}
