package io.kaola.order.it;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.order.standin.StandInPayments;
import io.kaola.order.standin.StandInPayments.Answer;
import io.kaola.user.api.QuotaStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;

import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No money taken for a closed order: a cancel first has kaola-payment (stood in for by {@link StandInPayments})
 * close the order's payments at the provider; only when nothing is open does the order close, and the payments are
 * closed again after it did.
 */
class CancelOrderIT extends OrderItSupport {
    @Autowired StandInPayments paymentService;

    @Test
    void when_the_provider_has_already_taken_the_money_the_cancel_is_refused_and_nothing_changes() throws Exception {
        long buyer = 5101;
        long available = stock.available(EUR_1);
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 2)));
        paymentService.willAnswer(order.orderNo(), Answer.ALREADY_PAID);

        assertThatThrownBy(() -> orders.cancelOrder(buyer, order.orderNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(OrderError.ALREADY_PAID)).isTrue();
                    assertThat(e.kind().httpStatus()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("already paid", "PAID shortly");
                });

        assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(orderRow(buyer, order.orderNo())).containsEntry("status", "PENDING_PAYMENT").containsEntry("version", "0");
        assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(stock.available(EUR_1)).isEqualTo(available - 2);
        assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RESERVED);
        assertThat(paymentService.closeCalls(order.orderNo())).isEqualTo(1);
    }

    @Test
    void when_the_provider_closed_the_payment_the_order_closes_releases_stock_and_quota_and_closes_payments_again() throws Exception {
        long buyer = 5102;
        long available = stock.available(EUR_1);
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 3)));
        paymentService.willAnswer(order.orderNo(), Answer.CLOSED);

        OrderView cancelled = orders.cancelOrder(buyer, order.orderNo());

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(orderRow(buyer, order.orderNo())).containsEntry("status", "CLOSED");
        assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(stock.available(EUR_1)).isEqualTo(available);
        assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RELEASED);
        assertThat(quota.getQuota(buyer, LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()).remaining())
                .isEqualTo(Money.cny(2_600_000));
        assertThat(paymentService.closeCalls(order.orderNo())).as("before and after closing the order").isEqualTo(2);

        orders.cancelOrder(buyer, order.orderNo());
        assertThat(paymentService.closeCalls(order.orderNo())).as("a repeat closes again").isEqualTo(3);
        assertThat(stock.available(EUR_1)).isEqualTo(available);
    }

    @Test
    void when_kaola_payment_cannot_close_the_payment_nothing_changes_and_a_retry_cancels() throws Exception {
        long buyer = 5103;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        paymentService.willAnswer(order.orderNo(), Answer.UNREACHABLE);

        assertThatThrownBy(() -> orders.cancelOrder(buyer, order.orderNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CommonError.SERVICE_UNAVAILABLE)).isTrue());
        assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RESERVED);

        assertThat(orders.cancelOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    void a_payment_paid_between_closing_the_payments_and_closing_the_order_leaves_the_order_closed() throws Exception {
        long buyer = 5104;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        // nothing open at first; the second look finds a payment opened and paid in between
        paymentService.willAnswer(order.orderNo(), Answer.NONE_OPEN, Answer.ALREADY_PAID);

        OrderView cancelled = orders.cancelOrder(buyer, order.orderNo());

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(paymentService.closeCalls(order.orderNo())).isEqualTo(2);
        assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RELEASED);
        // its payment-succeeded message then records the refund due (MarkOrderPaidIT)
    }

    @Test
    void when_the_second_close_fails_the_order_stays_closed_and_cancelling_again_retries_it() throws Exception {
        long buyer = 5105;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
        paymentService.willAnswer(order.orderNo(), Answer.CLOSED, Answer.UNREACHABLE);

        assertThatThrownBy(() -> orders.cancelOrder(buyer, order.orderNo()))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CommonError.SERVICE_UNAVAILABLE)).isTrue();
                    assertThat(e.getMessage()).contains("cancel again");
                });
        assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(stock.reservation(order.orderNo()).status()).as("released anyway").isEqualTo(ReservationStatus.RELEASED);

        assertThat(orders.cancelOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(paymentService.closeCalls(order.orderNo())).isEqualTo(3);
    }
}
