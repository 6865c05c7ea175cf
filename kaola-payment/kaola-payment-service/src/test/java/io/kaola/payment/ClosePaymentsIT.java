package io.kaola.payment;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.sandbox.SandboxNotification;
import io.kaola.payment.sandbox.SandboxStatus;
import io.kaola.payment.sandbox.SandboxTransactionRow;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * No money taken for a closed order: closing an order's payments at the provider, the close racing the payer's
 * confirm (exactly one wins), a payment opened while its order is cancelled, and money that still arrives for a
 * closed payment recorded as a refund due that ops can list.
 */
class ClosePaymentsIT extends PaymentItSupport {

    @Test
    void closing_an_open_payment_closes_it_at_the_provider_and_here_and_the_cashier_then_refuses_it() throws Exception {
        PaymentView payment = open("IT3001A", 3001, 2_000);

        ClosePaymentsResult closed = payments.closePaymentsOfOrder("IT3001A");

        assertThat(closed).isEqualTo(new ClosePaymentsResult("IT3001A", ClosePaymentsResult.Outcome.CLOSED,
                List.of(payment.paymentNo()), null));
        PaymentView read = payments.getPayment(3001, payment.paymentNo());
        assertThat(read.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(repository.find(payment.paymentNo()).orElseThrow().closedAt()).isNotNull();
        assertThat(sandboxRow(payment.paymentNo()).status()).isEqualTo(SandboxStatus.CLOSED);
        HttpResponse<String> confirm = confirmAsBuyer(payment);
        assertThat(confirm.statusCode()).isEqualTo(409);
        assertThat(confirm.body()).contains("\"error\":\"PAYMENT_CLOSED\"");
        assertThat(sandboxRow(payment.paymentNo()).status()).isEqualTo(SandboxStatus.CLOSED);

        assertThat(payments.closePaymentsOfOrder("IT3001A").outcome()).as("idempotent")
                .isEqualTo(ClosePaymentsResult.Outcome.NONE_OPEN);
        assertThat(payments.closePaymentsOfOrder("IT3001-NONE").outcome()).isEqualTo(ClosePaymentsResult.Outcome.NONE_OPEN);
        assertThatThrownBy(() -> payments.closePaymentsOfOrder(" "))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CommonError.INVALID_REQUEST)).isTrue());
    }

    @Test
    void a_paid_payment_is_not_closed_and_the_order_is_reported_already_paid() throws Exception {
        PaymentView payment = open("IT3002A", 3002, 2_100);
        assertThat(confirmAsBuyer(payment).statusCode()).isEqualTo(202);

        ClosePaymentsResult result = payments.closePaymentsOfOrder("IT3002A");

        assertThat(result.outcome()).isEqualTo(ClosePaymentsResult.Outcome.ALREADY_PAID);
        assertThat(result.paidPaymentNo()).isEqualTo(payment.paymentNo());
        assertThat(result.closedPaymentNos()).isEmpty();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(3002, payment.paymentNo()).status() == PaymentStatus.SUCCEEDED);
        assertThat(payments.closePaymentsOfOrder("IT3002A").outcome()).isEqualTo(ClosePaymentsResult.Outcome.ALREADY_PAID);
        assertThat(sandboxRow(payment.paymentNo()).status()).isEqualTo(SandboxStatus.PAID);
    }

    @Test
    void a_close_racing_the_payers_confirm_has_exactly_one_winner_every_time() throws Exception {
        int n = 20;
        List<PaymentView> opened = new ArrayList<>();
        for (int i = 0; i < n; i++) opened.add(open("IT3003R" + i, 3003, 3_000 + i));
        ExecutorService pool = Executors.newFixedThreadPool(2 * n);
        List<Future<HttpResponse<String>>> confirms = new ArrayList<>();
        List<Future<ClosePaymentsResult>> closes = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        try {
            for (PaymentView p : opened) {
                confirms.add(pool.submit(() -> { go.await(); return confirmAsBuyer(p); }));
                closes.add(pool.submit(() -> { go.await(); return payments.closePaymentsOfOrder(p.orderNo()); }));
            }
            go.countDown();
            int paid = 0;
            for (int i = 0; i < n; i++) {
                PaymentView p = opened.get(i);
                int confirm = confirms.get(i).get(30, TimeUnit.SECONDS).statusCode();
                ClosePaymentsResult close = closes.get(i).get(30, TimeUnit.SECONDS);
                SandboxTransactionRow atProvider = sandboxRow(p.paymentNo());
                boolean confirmWon = confirm == 202;
                boolean closeWon = close.outcome() == ClosePaymentsResult.Outcome.CLOSED;
                assertThat(confirmWon ^ closeWon).as("exactly one winner for %s: confirm %s, close %s", p.paymentNo(),
                        confirm, close.outcome()).isTrue();
                if (closeWon) {
                    assertThat(confirm).isEqualTo(409);
                    assertThat(atProvider.status()).isEqualTo(SandboxStatus.CLOSED);
                    assertThat(atProvider.providerTxnId()).isNull();
                    assertThat(repository.find(p.paymentNo()).orElseThrow().status()).isEqualTo(PaymentStatus.CLOSED);
                } else {
                    paid++;
                    assertThat(close.outcome()).isEqualTo(ClosePaymentsResult.Outcome.ALREADY_PAID);
                    assertThat(close.paidPaymentNo()).isEqualTo(p.paymentNo());
                    assertThat(atProvider.status()).isEqualTo(SandboxStatus.PAID);
                }
            }
            System.out.printf("close vs confirm: %d of %d paid, %d closed%n", paid, n, n - paid);
        } finally {
            pool.shutdownNow();
        }
        // the paid ones become SUCCEEDED through their notification; none we recorded CLOSED is paid at the provider
        await().atMost(Duration.ofSeconds(30)).until(() -> opened.stream()
                .allMatch(p -> repository.find(p.paymentNo()).orElseThrow().status() != PaymentStatus.PENDING));
        for (PaymentView p : opened) {
            PaymentOrder ours = repository.find(p.paymentNo()).orElseThrow();
            SandboxStatus theirs = sandboxRow(p.paymentNo()).status();
            assertThat(List.of(ours.status(), theirs)).as(p.paymentNo())
                    .isIn(List.of(PaymentStatus.CLOSED, SandboxStatus.CLOSED), List.of(PaymentStatus.SUCCEEDED, SandboxStatus.PAID));
            assertThat(ours.isRefundDue()).isFalse();
        }
    }

    @Test
    void a_payment_opened_while_its_order_is_being_cancelled_is_closed_again_and_refused() throws Exception {
        givenOrder("IT3004A", 3004, OrderStatus.PENDING_PAYMENT, 2_400);
        StandInOrderService.changeAfterNextRead("IT3004A", OrderStatus.CLOSED);   // the cancel lands mid-way

        assertThatThrownBy(() -> payments.createPayment(new CreatePaymentRequest(3004, "IT3004A")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.ORDER_NOT_PAYABLE)).isTrue());

        PaymentOrder payment = repository.findAllByOrderNo("IT3004A").stream().reduce((a, b) -> b).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(sandboxRow(payment.paymentNo()).status()).isEqualTo(SandboxStatus.CLOSED);
    }

    @Test
    void a_notification_for_a_payment_we_closed_is_recorded_as_a_refund_due_once_without_a_message() throws Exception {
        PaymentView payment = open("IT3005A", 3005, 2_500);
        assertThat(payments.closePaymentsOfOrder("IT3005A").outcome()).isEqualTo(ClosePaymentsResult.Outcome.CLOSED);
        // the provider took the money anyway (e.g. a real provider whose close lost a race): it notifies
        String body = SandboxNotification.bodyOf(payment.paymentNo(), "SBX-IT-3005", 2_500, "CNY",
                Instant.parse("2026-01-05T10:00:00.250Z"));

        NotificationResult first = payments.acceptNotification(signed(body));
        NotificationResult repeat = payments.acceptNotification(signed(body));

        assertThat(first).isEqualTo(new NotificationResult(payment.paymentNo(), false, PaymentStatus.CLOSED));
        assertThat(repeat).isEqualTo(new NotificationResult(payment.paymentNo(), true, PaymentStatus.CLOSED));
        PaymentOrder recorded = repository.find(payment.paymentNo()).orElseThrow();
        assertThat(recorded.status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(recorded.refundDueReason()).isEqualTo(RefundDueReason.PAYMENT_CLOSED);
        assertThat(recorded.providerTxnId()).as("the transaction ops refund").isEqualTo("SBX-IT-3005");
        assertThat(repository.countNotifications(payment.paymentNo())).isEqualTo(1);
        Page<RefundDueView> due = payments.listRefundsDue(new PageRequest(0, 100));
        assertThat(due.items()).filteredOn(r -> r.paymentNo().equals(payment.paymentNo())).singleElement()
                .isEqualTo(new RefundDueView(payment.paymentNo(), "IT3005A", 3005, Money.cny(2_500), PaymentStatus.CLOSED,
                        "sandbox", "SBX-IT-3005", RefundDueReason.PAYMENT_CLOSED, recorded.refundDueAt()));
        Thread.sleep(2_000);   // a message, if any had been sent, arrives within this (they take < 1 s here)
        assertThat(messagesFor(payment.paymentNo())).as("the cancelled order hears nothing").isEmpty();
    }

    @Test
    void kaola_order_records_a_refund_due_idempotently_and_ops_list_them_newest_first() throws Exception {
        PaymentView older = open("IT3006A", 3006, 2_600);
        PaymentView newer = open("IT3006B", 3006, 2_700);
        assertThat(confirmAsBuyer(older).statusCode()).isEqualTo(202);
        assertThat(confirmAsBuyer(newer).statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(15)).until(() ->
                payments.getPayment(3006, older.paymentNo()).status() == PaymentStatus.SUCCEEDED
                && payments.getPayment(3006, newer.paymentNo()).status() == PaymentStatus.SUCCEEDED);

        RefundDueView recorded = payments.recordRefundDue(older.paymentNo(), RefundDueReason.ORDER_CLOSED);
        payments.recordRefundDue(newer.paymentNo(), RefundDueReason.ORDER_PAID_TWICE);
        RefundDueView again = payments.recordRefundDue(older.paymentNo(), RefundDueReason.ORDER_PAID_TWICE);

        assertThat(recorded.reason()).isEqualTo(RefundDueReason.ORDER_CLOSED);
        assertThat(recorded.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(recorded.providerTxnId()).startsWith("SBX");
        assertThat(again).as("the first reason and time stay").isEqualTo(recorded);
        List<String> listed = payments.listRefundsDue(new PageRequest(0, 100)).items().stream()
                .map(RefundDueView::paymentNo).filter(n -> n.equals(older.paymentNo()) || n.equals(newer.paymentNo()))
                .toList();
        assertThat(listed).containsExactly(newer.paymentNo(), older.paymentNo());
        Page<RefundDueView> firstPage = payments.listRefundsDue(new PageRequest(0, 1));
        assertThat(firstPage.items()).hasSize(1);
        assertThat(firstPage.total()).isGreaterThanOrEqualTo(2);
        assertThat(payments.closePaymentsOfOrder("IT3006A").outcome())
                .as("money to refund does not count as paying the order").isEqualTo(ClosePaymentsResult.Outcome.NONE_OPEN);
        assertThatThrownBy(() -> payments.recordRefundDue("404404404", RefundDueReason.ORDER_CLOSED))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(PaymentError.NOT_FOUND)).isTrue());
        assertThatThrownBy(() -> payments.recordRefundDue(older.paymentNo(), null))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CommonError.INVALID_REQUEST)).isTrue());
    }

    private PaymentView open(String orderNo, long buyerId, long fen) {
        givenOrder(orderNo, buyerId, OrderStatus.PENDING_PAYMENT, fen);
        return payments.createPayment(new CreatePaymentRequest(buyerId, orderNo));
    }
}
