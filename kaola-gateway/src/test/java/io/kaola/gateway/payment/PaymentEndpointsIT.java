package io.kaola.gateway.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.devinfra.TestInfra;
import io.kaola.gateway.auth.JwtTokens;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import io.kaola.payment.api.RefundLine;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.api.RefundView;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserView;
import org.apache.dubbo.config.spring.ServiceBean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's payment endpoints with a stand-in PaymentService exported over Dubbo in the same context (its own
 * Dubbo group, so no other IT's providers are seen): the notify endpoint whatever the Accept header and bounded in
 * size, the payment's confirmUrl passed through, the ops list of refunds due, and the sandbox ID-check ops endpoints
 * when kaola-user runs without the sandbox profile (no provider: a clear 503).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dubbo.protocol.port=-1", "dubbo.provider.group=gateway-payment-it", "dubbo.consumer.group=gateway-payment-it",
        "kaola.gateway.jwt-secret=gateway-payment-it-secret-of-at-least-32-bytes"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PaymentEndpointsIT {
    static {
        TestInfra.start();
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CONFIRM_URL = "http://127.0.0.1:18086/sandbox/cashier/2026010100000000001234567890"
            + "/confirm?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    /** Records what reaches kaola-payment; a signature "bad" is refused like a forgery. */
    static class RecordingPayments implements PaymentService {
        static final List<ProviderNotification> NOTIFICATIONS = new CopyOnWriteArrayList<>();
        static final List<PageRequest> PAGES = new CopyOnWriteArrayList<>();
        static final List<ProviderNotification> REFUND_NOTIFICATIONS = new CopyOnWriteArrayList<>();
        static final List<String> REFUND_QUERIES = new CopyOnWriteArrayList<>();

        @Override
        public PaymentView createPayment(CreatePaymentRequest request) {
            return view(request.orderNo(), CONFIRM_URL);
        }

        @Override
        public NotificationResult acceptNotification(ProviderNotification notification) {
            if ("bad".equals(notification.header("X-Sandbox-Signature"))) {
                throw PaymentError.BAD_SIGNATURE.exception("signature does not match the body");
            }
            NOTIFICATIONS.add(notification);
            return new NotificationResult("1", false, PaymentStatus.SUCCEEDED);
        }

        @Override
        public PaymentView getPayment(long buyerId, String paymentNo) { return view("O-" + paymentNo, null); }

        @Override
        public ClosePaymentsResult closePaymentsOfOrder(String orderNo) { throw new UnsupportedOperationException(); }

        @Override
        public RefundDueView recordRefundDue(String paymentNo, RefundDueReason reason) { throw new UnsupportedOperationException(); }

        @Override
        public Page<RefundDueView> listRefundsDue(PageRequest page) {
            PAGES.add(page);
            return new Page<>(List.of(new RefundDueView("2026010100000000009876543210", "O-9", 31, Money.cny(9_900),
                    PaymentStatus.CLOSED, "sandbox", "SBX0123456789abcdef01234567", RefundDueReason.PAYMENT_CLOSED,
                    Instant.parse("2026-01-02T03:04:05.678Z"))), page.page(), page.size(), 1);
        }

        @Override
        public RefundView requestRefund(RefundRequest request) { throw new UnsupportedOperationException("kaola-order only"); }

        @Override
        public List<RefundView> refundsOfOrder(String orderNo) { return new ArrayList<>(); }

        @Override
        public Page<RefundView> listRefunds(RefundStatus status, PageRequest page) {
            REFUND_QUERIES.add(status + " " + page.page() + "/" + page.size());
            return new Page<>(List.of(new RefundView("R2026010100000000001234567890", "2026010100000000001234567890",
                    "O-1", 31, Money.cny(3_000), RefundStatus.FAILED, "one item returned", "return:O-1:1",
                    List.of(new RefundLine("SKU-1", 1)), "sandbox", "SBXR0123", "NOT_PAID",
                    Instant.parse("2026-01-02T03:04:05.678Z"), Instant.parse("2026-01-02T03:04:06Z"))),
                    page.page(), page.size(), 1);
        }

        @Override
        public NotificationResult acceptRefundNotification(ProviderNotification notification) {
            if ("bad".equals(notification.header("X-Sandbox-Signature"))) {
                throw PaymentError.BAD_SIGNATURE.exception("signature does not match the body");
            }
            REFUND_NOTIFICATIONS.add(notification);
            return new NotificationResult("1", false, PaymentStatus.SUCCEEDED);
        }

        private static PaymentView view(String orderNo, String confirmUrl) {
            return new PaymentView("2026010100000000001234567890", orderNo, 31, Money.cny(12_345), PaymentStatus.PENDING,
                    "sandbox", "http://127.0.0.1:18086/sandbox/cashier/2026010100000000001234567890", confirmUrl,
                    Instant.parse("2026-01-01T00:00:00Z"), null, null);
        }
    }

    @TestConfiguration
    static class StandIns {
        @Bean
        ServiceBean<PaymentService> paymentServiceStandIn(ApplicationContext context) {
            ServiceBean<PaymentService> service = new ServiceBean<>(context);
            service.setInterface(PaymentService.class);
            service.setRef(new RecordingPayments());
            return service;
        }
    }

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JwtTokens tokens;

    @BeforeEach
    void waitForTheStandInProvider() throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (send("GET", "/api/payments/1", token(31), null, Map.of()).statusCode() == 503
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    @Test
    void a_notification_is_accepted_whatever_its_accept_header_and_reaches_the_service_as_sent() throws Exception {
        String body = "{\"paymentNo\":\"1\",\"note\":\"中文 unchanged\"}";
        List<String> accepts = java.util.Arrays.asList("application/json", "text/html", "application/xml", "*/*",
                "text/plain", null);
        for (String accept : accepts) {
            RecordingPayments.NOTIFICATIONS.clear();
            Map<String, String> headers = new java.util.HashMap<>(Map.of("X-Sandbox-Signature", "abc123",
                    "Content-Type", "application/json", "Authorization", "Bearer not-for-payments"));
            if (accept != null) headers.put("Accept", accept);

            HttpResponse<String> response = send("POST", "/api/payments/notify/sandbox", null, body, headers);

            assertThat(response.statusCode()).as("Accept: " + accept + " " + response.body()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("success");
            assertThat(RecordingPayments.NOTIFICATIONS).singleElement().satisfies(n -> {
                assertThat(n.provider()).isEqualTo("sandbox");
                assertThat(n.body()).isEqualTo(body);
                assertThat(n.header("x-sandbox-signature")).isEqualTo("abc123");
                assertThat(n.headers()).containsEntry("x-sandbox-signature", "abc123").doesNotContainKey("authorization");
            });
        }
    }

    @Test
    void a_refused_notification_is_a_problem_whatever_its_accept_header() throws Exception {
        for (String accept : List.of("text/plain", "application/json", "text/html")) {
            HttpResponse<String> response = send("POST", "/api/payments/notify/sandbox", null, "{}",
                    Map.of("X-Sandbox-Signature", "bad", "Accept", accept, "Content-Type", "application/json"));

            assertThat(response.statusCode()).as("Accept: " + accept + " " + response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json.readTree(response.body()).path("code").asText()).isEqualTo("PAYMENT_BAD_SIGNATURE");
        }
    }

    @Test
    void a_notification_over_16_kb_is_refused_with_413_before_it_reaches_the_service_and_16_kb_is_not() throws Exception {
        RecordingPayments.NOTIFICATIONS.clear();
        String tooLarge = "{\"pad\":\"" + "x".repeat(PaymentController.MAX_NOTIFICATION_BYTES) + "\"}";
        String justFits = "{\"pad\":\"" + "x".repeat(PaymentController.MAX_NOTIFICATION_BYTES - 10) + "\"}";
        assertThat(justFits.getBytes(StandardCharsets.UTF_8)).hasSize(PaymentController.MAX_NOTIFICATION_BYTES);
        Map<String, String> headers = Map.of("X-Sandbox-Signature", "abc", "Content-Type", "application/json");

        HttpResponse<String> declared = send("POST", "/api/payments/notify/sandbox", null, tooLarge, headers);
        HttpRequest.Builder chunked = HttpRequest.newBuilder(uri("/api/payments/notify/sandbox"))
                .header("X-Sandbox-Signature", "abc").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.UTF_8))));
        HttpResponse<String> undeclared = HTTP.send(chunked.build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(declared, undeclared)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("code").asText()).isEqualTo("COMMON_PAYLOAD_TOO_LARGE");
        }
        assertThat(RecordingPayments.NOTIFICATIONS).as("never forwarded").isEmpty();

        HttpResponse<String> fits = send("POST", "/api/payments/notify/sandbox", null, justFits, headers);
        assertThat(fits.statusCode()).isEqualTo(200);
        assertThat(RecordingPayments.NOTIFICATIONS).singleElement()
                .satisfies(n -> assertThat(n.body()).isEqualTo(justFits));
    }

    @Test
    void opening_a_payment_answers_its_pay_url_and_confirm_url_and_reading_it_has_no_confirm_url() throws Exception {
        HttpResponse<String> opened = send("POST", "/api/orders/O-1/payments", token(31), null, Map.of());
        HttpResponse<String> read = send("GET", "/api/payments/2026010100000000001234567890", token(31), null, Map.of());

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode payment = json.readTree(opened.body());
        assertThat(payment.path("paymentNo").asText()).isEqualTo("2026010100000000001234567890");
        assertThat(payment.path("payUrl").asText()).endsWith("/sandbox/cashier/2026010100000000001234567890");
        assertThat(payment.path("confirmUrl").asText()).isEqualTo(CONFIRM_URL);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json.readTree(read.body()).path("confirmUrl").isNull()).isTrue();
    }

    @Test
    void ops_list_the_refunds_due_newest_first_page_by_page_and_shoppers_may_not() throws Exception {
        RecordingPayments.PAGES.clear();
        HttpResponse<String> shopper = send("GET", "/api/admin/payments/refunds-due", token(31), null, Map.of());
        HttpResponse<String> anonymous = send("GET", "/api/admin/payments/refunds-due", null, null, Map.of());
        HttpResponse<String> badSize = send("GET", "/api/admin/payments/refunds-due?size=500", token(2, Role.OPS), null,
                Map.of());
        assertThat(List.of(shopper.statusCode(), anonymous.statusCode(), badSize.statusCode())).containsExactly(403, 401, 400);
        assertThat(RecordingPayments.PAGES).isEmpty();

        HttpResponse<String> ops = send("GET", "/api/admin/payments/refunds-due?page=2&size=5", token(2, Role.OPS), null,
                Map.of());

        assertThat(ops.statusCode()).as(ops.body()).isEqualTo(200);
        assertThat(RecordingPayments.PAGES).containsExactly(new PageRequest(2, 5));
        JsonNode page = json.readTree(ops.body());
        assertThat(page.path("total").asLong()).isEqualTo(1);
        JsonNode due = page.path("items").get(0);
        assertThat(due.path("reason").asText()).isEqualTo("PAYMENT_CLOSED");
        assertThat(due.path("providerTxnId").asText()).isEqualTo("SBX0123456789abcdef01234567");
        assertThat(due.at("/amount/minor").asLong()).isEqualTo(9_900);
        assertThat(due.path("dueSince").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
    }

    @Test
    void without_the_sandbox_id_check_provider_its_ops_endpoints_answer_a_clear_503_not_500() throws Exception {
        HttpResponse<String> register = send("POST", "/api/admin/sandbox/identities", token(2, Role.OPS),
                "{\"name\":\"韩梅梅\",\"idNumber\":\"11010519491231002X\"}", Map.of("Content-Type", "application/json"));
        HttpResponse<String> outage = send("PUT", "/api/admin/sandbox/identity-provider", token(2, Role.OPS),
                "{\"available\":false}", Map.of("Content-Type", "application/json"));

        for (HttpResponse<String> response : List.of(register, outage)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("code").asText()).isEqualTo("COMMON_SERVICE_UNAVAILABLE");
            assertThat(problem.path("detail").asText()).contains("sandbox profile");
            assertThat(response.body()).doesNotContain("11010519491231002X");
        }
    }

    @Test
    void the_openapi_description_has_the_refunds_due_list_and_the_notify_endpoints_413() throws Exception {
        JsonNode docs = json.readTree(send("GET", "/v3/api-docs", null, null, Map.of()).body());

        assertThat(docs.path("paths").has("/api/admin/payments/refunds-due")).isTrue();
        assertThat(docs.path("paths").has("/api/admin/refunds")).isTrue();
        assertThat(docs.at("/paths/~1api~1payments~1refund-notify~1{provider}/post/responses").has("413")).isTrue();
        assertThat(docs.at("/paths/~1api~1payments~1notify~1sandbox/post/responses").has("413")).isTrue();
        assertThat(docs.at("/paths/~1api~1orders~1{orderNo}~1payments/post/description").asText()).contains("confirmUrl");
    }

    @Test
    void a_refund_notification_needs_no_token_is_accepted_whatever_its_accept_header_and_reaches_the_service_as_sent()
            throws Exception {
        String body = "{\"type\":\"REFUND\",\"refundNo\":\"R1\",\"note\":\"中文 unchanged\"}";
        for (String accept : List.of("application/json", "text/html", "*/*")) {
            RecordingPayments.REFUND_NOTIFICATIONS.clear();
            HttpResponse<String> response = send("POST", "/api/payments/refund-notify/sandbox", null, body,
                    Map.of("X-Sandbox-Signature", "abc123", "Content-Type", "application/json", "Accept", accept,
                            "Cookie", "session=not-for-payments"));

            assertThat(response.statusCode()).as("Accept: " + accept + " " + response.body()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("success");
            assertThat(RecordingPayments.REFUND_NOTIFICATIONS).singleElement().satisfies(n -> {
                assertThat(n.provider()).isEqualTo("sandbox");
                assertThat(n.body()).isEqualTo(body);
                assertThat(n.headers()).containsEntry("x-sandbox-signature", "abc123").doesNotContainKey("cookie");
            });
        }
        HttpResponse<String> forged = send("POST", "/api/payments/refund-notify/sandbox", null, "{}",
                Map.of("X-Sandbox-Signature", "bad", "Accept", "text/plain", "Content-Type", "application/json"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(forged.body()).path("code").asText()).isEqualTo("PAYMENT_BAD_SIGNATURE");
        HttpResponse<String> badProvider = send("POST", "/api/payments/refund-notify/NOT_A_PROVIDER", null, "{}",
                Map.of("Content-Type", "application/json"));
        assertThat(badProvider.statusCode()).isEqualTo(400);
    }

    @Test
    void a_refund_notification_over_16_kb_is_refused_with_413_before_it_reaches_the_service() throws Exception {
        RecordingPayments.REFUND_NOTIFICATIONS.clear();
        String tooLarge = "{\"pad\":\"" + "x".repeat(PaymentController.MAX_NOTIFICATION_BYTES) + "\"}";
        HttpRequest.Builder chunked = HttpRequest.newBuilder(uri("/api/payments/refund-notify/sandbox"))
                .header("X-Sandbox-Signature", "abc").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(tooLarge.getBytes(StandardCharsets.UTF_8))));

        HttpResponse<String> declared = send("POST", "/api/payments/refund-notify/sandbox", null, tooLarge,
                Map.of("X-Sandbox-Signature", "abc", "Content-Type", "application/json"));
        HttpResponse<String> undeclared = HTTP.send(chunked.build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(declared, undeclared)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(json.readTree(response.body()).path("code").asText()).isEqualTo("COMMON_PAYLOAD_TOO_LARGE");
        }
        assertThat(RecordingPayments.REFUND_NOTIFICATIONS).as("never forwarded").isEmpty();
    }

    @Test
    void ops_list_refunds_by_status_page_by_page_and_shoppers_and_bad_statuses_may_not() throws Exception {
        RecordingPayments.REFUND_QUERIES.clear();
        HttpResponse<String> shopper = send("GET", "/api/admin/refunds", token(31), null, Map.of());
        HttpResponse<String> anonymous = send("GET", "/api/admin/refunds", null, null, Map.of());
        HttpResponse<String> badStatus = send("GET", "/api/admin/refunds?status=LOST", token(2, Role.OPS), null, Map.of());
        HttpResponse<String> badSize = send("GET", "/api/admin/refunds?size=500", token(2, Role.OPS), null, Map.of());
        assertThat(List.of(shopper.statusCode(), anonymous.statusCode(), badStatus.statusCode(), badSize.statusCode()))
                .containsExactly(403, 401, 400, 400);
        assertThat(json.readTree(badStatus.body()).path("code").asText()).isEqualTo("COMMON_INVALID_REQUEST");
        assertThat(RecordingPayments.REFUND_QUERIES).isEmpty();

        HttpResponse<String> failed = send("GET", "/api/admin/refunds?status=failed&page=1&size=5", token(2, Role.OPS),
                null, Map.of());
        HttpResponse<String> all = send("GET", "/api/admin/refunds", token(2, Role.OPS), null, Map.of());

        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(RecordingPayments.REFUND_QUERIES).containsExactly("FAILED 1/5", "null 0/20");
        JsonNode refund = json.readTree(failed.body()).path("items").get(0);
        assertThat(refund.path("status").asText()).isEqualTo("FAILED");
        assertThat(refund.path("failureReason").asText()).isEqualTo("NOT_PAID");
        assertThat(refund.at("/amount/minor").asLong()).isEqualTo(3_000);
        assertThat(refund.at("/lines/0/skuCode").asText()).isEqualTo("SKU-1");
        assertThat(refund.path("requestedAt").asText()).isEqualTo("2026-01-02T03:04:05.678Z");
    }

    private URI uri(String path) { return URI.create("http://127.0.0.1:" + port + path); }

    private String token(long userId, Role... roles) {
        List<Role> list = roles.length == 0 ? List.of(Role.SHOPPER) : new ArrayList<>(List.of(roles));
        return tokens.issue(new UserView(userId, "u" + userId + "@example.com", "U", list, Instant.now())).value();
    }

    private HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
