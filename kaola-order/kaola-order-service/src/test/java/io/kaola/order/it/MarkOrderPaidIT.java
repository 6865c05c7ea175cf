package io.kaola.order.it;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kaola.common.money.Money;
import io.kaola.devinfra.TestInfra;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.order.trade.application.MarkOrderPaid;
import io.kaola.order.standin.StandInPayments;
import io.kaola.order.trade.domain.OrderShard;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.user.api.QuotaStatus;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.kaola.order.standin.StandInCatalog.EUR_2;
import static org.assertj.core.api.Assertions.assertThat;

/** PaymentSucceeded through the embedded RocketMQ, as kaola-payment will send it. */
class MarkOrderPaidIT extends OrderItSupport {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static DefaultMQProducer producer;

    @Autowired StandInPayments paymentService;
    private final ListAppender<ILoggingEvent> consumerLog = new ListAppender<>();
    private final Logger markOrderPaidLog = (Logger) LoggerFactory.getLogger(MarkOrderPaid.class);

    @BeforeAll
    static void startProducer() throws Exception {
        producer = new DefaultMQProducer("order-it-payment-producer");
        producer.setNamesrvAddr(TestInfra.nameServer());
        producer.setInstanceName("order-it-" + UUID.randomUUID());
        producer.start();
    }

    @AfterAll
    static void stopProducer() { producer.shutdown(); }

    @BeforeEach
    void captureConsumerLog() {
        consumerLog.start();
        markOrderPaidLog.addAppender(consumerLog);
    }

    @AfterEach
    void stopCapturing() { markOrderPaidLog.detachAppender(consumerLog); }

    @Test
    void a_payment_marks_the_order_paid_deducts_the_stock_confirms_the_quota_and_a_duplicate_changes_nothing() throws Exception {
        long buyer = 3003;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_2, 2)));
        long onHandBefore = stock.onHand(EUR_2);
        Instant paidAt = Instant.parse("2025-01-02T08:00:00.123Z");
        PaymentSucceeded payment = new PaymentSucceeded("PAY-" + order.orderNo(), order.orderNo(), buyer,
                order.price().total(), "sandbox-txn-1", paidAt);

        send(payment);
        await(() -> stock.deductCalls(order.orderNo()) >= 1);

        OrderView paid = orders.getOrder(buyer, order.orderNo());
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.paidAt()).isEqualTo(paidAt);
        assertThat(stock.effectiveDeductions(order.orderNo())).isEqualTo(1);
        assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(stock.onHand(EUR_2)).isEqualTo(onHandBefore - 2);
        assertThat(row(order)).isEqualTo(List.of("PAID", payment.paymentNo(), "1"));
        await(() -> quota.reservation(order.orderNo()).status() == QuotaStatus.CONFIRMED);

        send(payment);
        await(() -> stock.deductCalls(order.orderNo()) >= 2);  // the duplicate was consumed

        assertThat(orders.getOrder(buyer, order.orderNo())).isEqualTo(paid);
        assertThat(row(order)).isEqualTo(List.of("PAID", payment.paymentNo(), "1"));
        assertThat(stock.effectiveDeductions(order.orderNo())).isEqualTo(1);
        assertThat(stock.onHand(EUR_2)).isEqualTo(onHandBefore - 2);
        assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.CONFIRMED);
    }

    @Test
    void when_the_deduction_fails_the_message_is_retried_and_the_paid_mark_is_not_repeated() throws Exception {
        long buyer = 3013;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_2, 1)));
        stock.failNextDeducts(1);

        send(new PaymentSucceeded("PAY-" + order.orderNo(), order.orderNo(), buyer, order.price().total(), "txn",
                Instant.now()));
        await(() -> stock.effectiveDeductions(order.orderNo()) == 1);

        assertThat(stock.deductCalls(order.orderNo())).isEqualTo(2);
        assertThat(row(order)).isEqualTo(List.of("PAID", "PAY-" + order.orderNo(), "1"));
        await(() -> quota.reservation(order.orderNo()).status() == QuotaStatus.CONFIRMED);
    }

    @Test
    void a_payment_of_another_amount_leaves_the_order_unpaid_and_is_logged_for_ops() throws Exception {
        long buyer = 3023;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_2, 1)));
        Money wrong = new Money(order.price().total().minor() + 1, "CNY");
        String paymentNo = "PAY-" + order.orderNo();

        send(new PaymentSucceeded(paymentNo, order.orderNo(), buyer, wrong, "txn", Instant.now()));
        await(() -> logged(Level.ERROR, paymentNo));

        assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(stock.deductCalls(order.orderNo())).isZero();
        assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RESERVED);
    }

    @Test
    void a_payment_for_a_closed_order_is_recorded_as_a_refund_due_and_leaves_the_order_closed() throws Exception {
        long buyer = 3033;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_2, 1)));
        orders.cancelOrder(buyer, order.orderNo());
        String paymentNo = "PAY-" + order.orderNo();
        PaymentSucceeded late = new PaymentSucceeded(paymentNo, order.orderNo(), buyer, order.price().total(), "txn",
                Instant.now());

        send(late);
        await(() -> paymentService.refundDue(paymentNo) != null);

        assertThat(paymentService.refundDue(paymentNo)).isEqualTo(RefundDueReason.ORDER_CLOSED);
        assertThat(logged(Level.WARN, "refund due: payment " + paymentNo)).isTrue();
        assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(stock.deductCalls(order.orderNo())).isZero();
        assertThat(quota.reservation(order.orderNo()).status()).as("not confirmed").isEqualTo(QuotaStatus.RELEASED);

        send(late);   // redelivered: recorded again, idempotently, still nothing else
        await(() -> paymentService.refundDueCalls(paymentNo) >= 2);
        assertThat(paymentService.refundDue(paymentNo)).isEqualTo(RefundDueReason.ORDER_CLOSED);
        assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(stock.deductCalls(order.orderNo())).isZero();
    }

    @Test
    void a_second_payment_of_a_paid_order_is_recorded_as_a_refund_due_and_changes_nothing() throws Exception {
        long buyer = 3043;
        OrderView order = orders.placeOrder(request(buyer, line(EUR_2, 1)));
        send(new PaymentSucceeded("PAY-A-" + order.orderNo(), order.orderNo(), buyer, order.price().total(), "txn-a",
                Instant.now()));
        await(() -> quota.reservation(order.orderNo()).status() == QuotaStatus.CONFIRMED);
        String second = "PAY-B-" + order.orderNo();

        send(new PaymentSucceeded(second, order.orderNo(), buyer, order.price().total(), "txn-b", Instant.now()));
        await(() -> paymentService.refundDue(second) != null);

        assertThat(paymentService.refundDue(second)).isEqualTo(RefundDueReason.ORDER_PAID_TWICE);
        assertThat(paymentService.refundDue("PAY-A-" + order.orderNo())).isNull();
        assertThat(row(order)).isEqualTo(List.of("PAID", "PAY-A-" + order.orderNo(), "1"));
        assertThat(stock.effectiveDeductions(order.orderNo())).isEqualTo(1);
    }

    private static void send(PaymentSucceeded payment) throws Exception {
        Message message = new Message(PaymentSucceeded.TOPIC, JSON.writeValueAsBytes(payment));
        message.setKeys(payment.paymentNo());
        assertThat(producer.send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
    }

    private boolean logged(Level level, String text) {
        synchronized (consumerLog) {  // the consumer thread appends under this lock
            return consumerLog.list.stream()
                    .anyMatch(e -> e.getLevel() == level && e.getFormattedMessage().contains(text));
        }
    }

    /** @return status, payment_no, version straight from the physical table */
    private static List<String> row(OrderView order) throws Exception {
        OrderShard shard = OrderShard.ofBuyer(order.buyerId());
        try (Connection c = physical(shard.database());
             var rs = c.createStatement().executeQuery("SELECT status, payment_no, version FROM trade_order_"
                     + shard.table() + " WHERE order_no = '" + order.orderNo() + "'")) {
            rs.next();
            return List.of(rs.getString(1), rs.getString(2), rs.getString(3));
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + PATIENCE);
            Thread.sleep(100);
        }
    }
}
