package io.kaola.order.trade.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.state.Step;
import io.kaola.order.api.OrderStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {
    private static final Instant PAID_AT = Instant.parse("2025-01-02T04:00:00Z");

    @Test
    void a_placed_order_awaits_payment_and_lives_on_its_buyers_shard() {
        Order order = Orders.anUnpaidOrder();
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.total()).isEqualTo(Money.cny(15624));
        assertThat(order.shard()).isEqualTo(OrderShard.ofBuyer(42));
        assertThat(order.buyer()).isEqualTo(Orders.BUYER);
    }

    @Nested
    class WhenPendingPayment {
        private final Order order = Orders.anUnpaidOrder();

        @Test
        void a_payment_of_exactly_the_total_marks_it_paid() {
            assertThat(order.judgePayment("P1", Money.cny(15624))).isEqualTo(PaymentVerdict.MARK_PAID);
            Step<OrderStatus> paying = order.decide(OrderTransition.PAY);
            assertThat(paying.moves()).isTrue();
            assertThat(paying.from()).isEqualTo(OrderStatus.PENDING_PAYMENT);
            assertThat(paying.to()).isEqualTo(OrderStatus.PAID);
        }

        @Test
        void closing_it_keeps_the_buyer_and_price_and_bumps_the_version() {
            Order closed = order.after(order.decide(OrderTransition.CLOSE));
            assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(closed.buyer()).isEqualTo(Orders.BUYER);
            assertThat(closed.price()).isEqualTo(order.price());
            assertThat(closed.version()).isEqualTo(order.version() + 1);
        }

        @Test
        void a_payment_of_another_amount_or_currency_is_a_mismatch() {
            assertThat(order.judgePayment("P1", Money.cny(15623))).isEqualTo(PaymentVerdict.AMOUNT_MISMATCH);
            assertThat(order.judgePayment("P1", new Money(15624, "EUR"))).isEqualTo(PaymentVerdict.AMOUNT_MISMATCH);
        }
    }

    @Nested
    class WhenPaid {
        private final Order order = new Order("7341051200042", 42, OrderStatus.PAID, "key-1", Orders.quoteOf15624Fen(),
                Orders.ADDRESS, Instant.EPOCH, PAID_AT, "P1", 1, Orders.BUYER);

        @Test
        void the_same_payment_again_is_a_duplicate() {
            assertThat(order.judgePayment("P1", Money.cny(15624))).isEqualTo(PaymentVerdict.DUPLICATE);
        }

        @Test
        void another_payment_needs_a_refund() {
            assertThat(order.judgePayment("P2", Money.cny(15624))).isEqualTo(PaymentVerdict.PAID_TWICE);
        }

        @Test
        void paying_it_again_stays_and_writes_nothing() {
            assertThat(order.decide(OrderTransition.PAY).stays()).isTrue();
            assertThat(order.after(order.decide(OrderTransition.PAY))).isSameAs(order);
        }

        @Test
        void it_cannot_be_closed() {
            assertThatThrownBy(() -> order.after(order.decide(OrderTransition.CLOSE)))
                    .isInstanceOfSatisfying(KaolaException.class,
                            e -> assertThat(e.is(io.kaola.order.api.OrderError.ILLEGAL_TRANSITION)).isTrue());
        }
    }

    @Nested
    class WhenClosed {
        private final Order order = new Order("7341051200042", 42, OrderStatus.CLOSED, "key-1",
                Orders.quoteOf15624Fen(), Orders.ADDRESS, Instant.EPOCH, null, null, 1, Orders.BUYER);

        @Test
        void a_payment_needs_a_refund() {
            assertThat(order.judgePayment("P1", Money.cny(15624))).isEqualTo(PaymentVerdict.REFUND_CLOSED_ORDER);
        }

        @Test
        void closing_it_again_stays_closed_and_writes_nothing() {
            Step<OrderStatus> closing = order.decide(OrderTransition.CLOSE);
            assertThat(closing.stays()).isTrue();
            assertThat(order.after(closing)).isSameAs(order);
        }

        @Test
        void a_step_decided_for_another_status_is_not_applied() {
            Step<OrderStatus> fromPending = Orders.anUnpaidOrder().decide(OrderTransition.CLOSE);
            assertThatThrownBy(() -> order.after(fromPending)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
