package io.kaola.payment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kaola.order.api.OrderStatus;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.sandbox.ConfirmTokens;
import io.kaola.payment.sandbox.SandboxProfileBanner;
import io.kaola.payment.sandbox.SandboxStatus;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox cashier behaves like a real one: confirming needs the one-time token of the payment's confirmUrl and an
 * explicit payer; without the token, with another payment's, a stale, expired or used token, or without a payer,
 * nothing is paid. The token is never stored in clear nor logged.
 */
class SandboxCashierIT extends PaymentItSupport {
    @Autowired ApplicationContext context;

    @Test
    void the_sandbox_runs_because_the_profile_is_on_and_a_loud_banner_says_so() {
        assertThat(context.getEnvironment().getActiveProfiles()).contains("sandbox");
        assertThat(context.getBeansOfType(SandboxProfileBanner.class)).hasSize(1);
        Logger logger = (Logger) LoggerFactory.getLogger(SandboxProfileBanner.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            context.getBean(SandboxProfileBanner.class).afterPropertiesSet();   // what it logged at startup
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains(SandboxProfileBanner.HEADLINE, "must never face real customers");
        });
    }

    @Test
    void without_the_token_the_confirm_is_refused_401_and_nothing_is_paid() throws Exception {
        PaymentView payment = open("IT2001A", 2001, 1_000);

        HttpResponse<String> noToken = postJson(URI.create(payment.payUrl()).getRawPath() + "/confirm",
                payerJson(StandInIdentity.nameOf(2001), StandInIdentity.numberOf(2001)));
        HttpResponse<String> blankToken = postJson(URI.create(payment.payUrl()).getRawPath() + "/confirm?token=",
                payerJson(StandInIdentity.nameOf(2001), StandInIdentity.numberOf(2001)));

        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(noToken.body()).contains("\"error\":\"TOKEN_REQUIRED\"");
        assertThat(blankToken.statusCode()).isEqualTo(401);
        assertNothingPaid(payment);
        assertThat(confirmAsBuyer(payment).statusCode()).as("the real token still works").isEqualTo(202);
    }

    @Test
    void without_a_payer_no_body_an_empty_body_or_one_field_is_refused_400_and_the_token_stays_valid() throws Exception {
        PaymentView payment = open("IT2002A", 2002, 1_100);

        List<HttpResponse<String>> refused = new ArrayList<>();
        refused.add(confirmAt(payment.confirmUrl(), null));
        refused.add(confirmAt(payment.confirmUrl(), "{}"));
        refused.add(confirmAt(payment.confirmUrl(), "{\"payerName\":\"" + StandInIdentity.nameOf(2002) + "\"}"));
        refused.add(confirmAt(payment.confirmUrl(), "{\"payerIdNumber\":\"" + StandInIdentity.numberOf(2002) + "\"}"));
        refused.add(confirmAt(payment.confirmUrl(), "{\"payerName\":\" \",\"payerIdNumber\":\"\"}"));

        assertThat(refused).extracting(HttpResponse::statusCode).containsOnly(400);
        assertThat(refused.get(0).body()).contains("\"error\":\"PAYER_REQUIRED\"");
        assertNothingPaid(payment);
        assertThat(confirmAsBuyer(payment).statusCode()).isEqualTo(202);
    }

    @Test
    void a_token_confirms_once_and_the_right_token_with_the_payer_pays_and_notifies() throws Exception {
        PaymentView payment = open("IT2003A", 2003, 1_200);

        HttpResponse<String> paid = confirmAsBuyer(payment);

        assertThat(paid.statusCode()).isEqualTo(202);
        assertThat(paid.body()).contains("\"status\":\"PAID\"", "\"certCheckResult\":\"SAME\"");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(2003, payment.paymentNo()).status() == PaymentStatus.SUCCEEDED);
        await().atMost(Duration.ofSeconds(15)).until(() -> messagesFor(payment.paymentNo()).size() == 1);
        String providerTxnId = sandboxRow(payment.paymentNo()).providerTxnId();
        assertThat(providerTxnId).as("unguessable transaction id").matches("SBX[0-9a-f]{24}");

        HttpResponse<String> reused = confirm(payment, "李四", OTHER_PAYER);

        assertThat(reused.statusCode()).isEqualTo(403);
        assertThat(reused.body()).contains("\"error\":\"TOKEN_INVALID\"");
        assertThat(sandboxRow(payment.paymentNo()).providerTxnId()).isEqualTo(providerTxnId);
        assertThat(sandboxRow(payment.paymentNo()).certCheckResult()).as("the first payer stays").isEqualTo("SAME");
        assertThat(sandboxRow(payment.paymentNo()).confirmTokenHash()).as("used up").isNull();
    }

    @Test
    void another_payments_token_is_refused_and_pays_neither() throws Exception {
        PaymentView mine = open("IT2004A", 2004, 1_300);
        PaymentView other = open("IT2004B", 2004, 1_400);
        String foreignToken = URI.create(other.confirmUrl()).getRawQuery();

        HttpResponse<String> foreign = confirmAt(mine.payUrl() + "/confirm?" + foreignToken,
                payerJson(StandInIdentity.nameOf(2004), StandInIdentity.numberOf(2004)));
        HttpResponse<String> forged = confirmAt(mine.payUrl() + "/confirm?token=" + ConfirmTokens.issue().token(),
                payerJson(StandInIdentity.nameOf(2004), StandInIdentity.numberOf(2004)));

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(confirmAt(mine.payUrl() + "/confirm?token=not-a-token", payerJson("李四", OTHER_PAYER)).statusCode())
                .isEqualTo(403);
        assertNothingPaid(mine);
        assertNothingPaid(other);
    }

    @Test
    void a_stale_token_is_refused_once_the_payment_is_opened_again_and_an_expired_one_too() throws Exception {
        PaymentView first = open("IT2005A", 2005, 1_500);
        PaymentView again = payments.createPayment(new CreatePaymentRequest(2005, "IT2005A"));
        assertThat(again.paymentNo()).isEqualTo(first.paymentNo());

        assertThat(confirmAsBuyer(first).statusCode()).as("superseded token").isEqualTo(403);
        assertNothingPaid(first);

        try (var c = dataSource.getConnection(); var st = c.prepareStatement(
                "UPDATE sandbox_transaction SET confirm_token_expires_at = '2000-01-01 00:00:00' WHERE payment_no = ?")) {
            st.setString(1, again.paymentNo());
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
        assertThat(confirmAsBuyer(again).statusCode()).as("expired token").isEqualTo(403);
        assertNothingPaid(again);

        PaymentView fresh = payments.createPayment(new CreatePaymentRequest(2005, "IT2005A"));
        assertThat(confirmAsBuyer(fresh).statusCode()).isEqualTo(202);
    }

    @Test
    void the_token_is_stored_only_as_its_sha256_and_never_logged() throws Exception {
        PaymentView payment = open("IT2006A", 2006, 1_600);
        String token = URI.create(payment.confirmUrl()).getRawQuery().substring("token=".length());
        assertThat(confirmAsBuyer(payment).statusCode()).isEqualTo(202);
        PaymentView second = open("IT2006B", 2006, 1_700);
        String secondToken = URI.create(second.confirmUrl()).getRawQuery().substring("token=".length());

        assertThat(sandboxRow(second.paymentNo()).confirmTokenHash()).isEqualTo(ConfirmTokens.hashOf(secondToken));
        List<String> cells = new ArrayList<>();
        try (var c = dataSource.getConnection()) {
            for (String table : List.of("sandbox_transaction", "payment_order", "payment_notification")) {
                try (var rs = c.createStatement().executeQuery("SELECT * FROM " + table)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) cells.add(rs.getString(i));
                    }
                }
            }
        }
        assertThat(cells).isNotEmpty().noneMatch(v -> v != null && (v.contains(token) || v.contains(secondToken)));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> payments.getPayment(2006, payment.paymentNo()).status() == PaymentStatus.SUCCEEDED);
        assertThat(loggedText()).contains(payment.paymentNo()).doesNotContain(token, secondToken);
    }

    private PaymentView open(String orderNo, long buyerId, long fen) {
        givenOrder(orderNo, buyerId, OrderStatus.PENDING_PAYMENT, fen);
        return payments.createPayment(new CreatePaymentRequest(buyerId, orderNo));
    }

    private void assertNothingPaid(PaymentView payment) {
        assertThat(sandboxRow(payment.paymentNo()).status()).isEqualTo(SandboxStatus.OPEN);
        assertThat(sandboxRow(payment.paymentNo()).providerTxnId()).isNull();
        assertThat(payments.getPayment(payment.buyerId(), payment.paymentNo()).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(GATEWAY_TXN_BODIES).noneMatch(b -> b.contains(payment.paymentNo()));
    }
}
