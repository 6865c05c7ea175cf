package io.kaola.gateway;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.devinfra.TestInfra;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderSummary;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.PriceTrial;
import io.kaola.order.api.PriceTrialRequest;
import io.kaola.pricing.api.FxRateView;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentityStatus;
import io.kaola.user.api.IdentityView;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.QuotaView;
import io.kaola.user.api.ReserveQuotaRequest;
import io.kaola.user.api.VerifiedBuyer;
import io.kaola.user.api.VerifyIdentityRequest;
import io.kaola.user.api.LoginRequest;
import io.kaola.user.api.RegisterRequest;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserError;
import io.kaola.user.api.UserService;
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

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on a real port with stand-in UserService, IdentityService, QuotaService and OrderService
 * exported over Dubbo in the same context; no other provider runs, so calls to them show the 503 path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dubbo.protocol.port=-1", "kaola.gateway.jwt-secret=gateway-it-secret-of-at-least-32-bytes",
                // fresh limiter keys per run, so that runs on one machine never share a registration budget
                "kaola.gateway.limits.key-prefix=gateway-it:${random.uuid}:"})
class GatewayIT {
    static {
        TestInfra.start();
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Accounts in memory: "boom@..." fails like a bug, "ops@..." gets OPS. */
    static class InMemoryUsers implements UserService {
        private final Map<String, UserView> byEmail = new ConcurrentHashMap<>();
        private final Map<String, String> passwords = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong(100);

        @Override
        public UserView register(RegisterRequest request) {
            if (request.email().startsWith("boom@")) throw new IllegalStateException("disk on fire at io.kaola.Secret");
            if (request.password().length() < 8) throw UserError.WEAK_PASSWORD.exception("password must have at least 8 characters");
            List<Role> roles = request.email().startsWith("ops@") ? List.of(Role.SHOPPER, Role.OPS) : List.of(Role.SHOPPER);
            UserView user = new UserView(ids.incrementAndGet(), request.email(), request.displayName(), roles, Instant.now());
            if (byEmail.putIfAbsent(request.email(), user) != null) throw UserError.EMAIL_TAKEN.exception("taken");
            passwords.put(request.email(), request.password());
            return user;
        }

        @Override
        public UserView authenticate(LoginRequest request) {
            if (!request.password().equals(passwords.get(request.email()))) {
                throw UserError.BAD_CREDENTIALS.exception("wrong email or password");
            }
            return byEmail.get(request.email());
        }

        @Override
        public UserView findById(long userId) {
            return byEmail.values().stream().filter(u -> u.userId() == userId).findFirst()
                    .orElseThrow(() -> UserError.NOT_FOUND.exception("no user " + userId));
        }
    }

    /** Identities in memory; a number ending in "0018" does not match its name. Logs nothing itself. */
    static class InMemoryIdentities implements IdentityService {
        private final Map<Long, IdentityView> verified = new ConcurrentHashMap<>();

        @Override
        public IdentityView verify(VerifyIdentityRequest request) {
            if (request.idNumber().endsWith("0018")) throw io.kaola.user.api.UserError.IDENTITY_MISMATCH.exception("no match");
            String masked = request.idNumber().substring(0, 4) + "*".repeat(10) + request.idNumber().substring(14);
            IdentityView view = new IdentityView(request.userId(), IdentityStatus.VERIFIED, request.name(), masked, Instant.now());
            verified.put(request.userId(), view);
            return view;
        }

        @Override
        public IdentityView getIdentity(long userId) {
            return verified.getOrDefault(userId, new IdentityView(userId, IdentityStatus.NONE, null, null, null));
        }

        @Override public VerifiedBuyer requireVerifiedBuyer(long userId) { throw new UnsupportedOperationException(); }
        @Override public DeclarationIdentity declarationIdentity(long userId) { throw new UnsupportedOperationException(); }
    }

    /** Every buyer has 1,000.00 CNY used of 26,000.00 in any year. */
    static class FixedQuotas implements QuotaService {
        @Override
        public QuotaView getQuota(long buyerId, int year) {
            return new QuotaView(year, Money.cny(2_600_000), Money.cny(100_000), Money.cny(0), Money.cny(2_500_000));
        }

        @Override public QuotaReservationView reserve(ReserveQuotaRequest request) { throw new UnsupportedOperationException(); }
        @Override public QuotaReservationView checkForPayment(long buyerId, String orderNo) { throw new UnsupportedOperationException(); }
        @Override public QuotaReservationView confirm(String orderNo) { throw new UnsupportedOperationException(); }
        @Override public QuotaReservationView release(String orderNo) { throw new UnsupportedOperationException(); }
        @Override public QuotaReservationView restore(io.kaola.user.api.RestoreQuotaRequest request) { throw new UnsupportedOperationException(); }
    }

    /** Every order is over the annual limit; cancel closes; a trial records whose it was. */
    static class RecordingOrders implements OrderService {
        static final List<Long> TRIAL_BUYERS = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override public OrderView placeFlashSaleOrder(io.kaola.order.api.FlashSaleOrderRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }
        @Override
        public OrderView placeOrder(PlaceOrderRequest request) throws KaolaException {
            throw CrossBorderError.OVER_ANNUAL_LIMIT.exception("this order of 1000.01 CNY would pass your 2026 limit")
                    .with("limit", "ANNUAL").with("amountCny", "1000.01").with("limitCny", "26000.00")
                    .with("usedCny", "25000.00").with("remainingCny", "1000.00").with("year", 2026);
        }

        @Override
        public OrderView cancelOrder(long buyerId, String orderNo) {
            return new OrderView(orderNo, buyerId, OrderStatus.CLOSED, null, null, Instant.now(), null);
        }

        @Override
        public PriceTrial trialPrice(PriceTrialRequest request) {
            TRIAL_BUYERS.add(request.buyerId());
            return new PriceTrial(null, null, true, null, null, Map.of());
        }

        @Override public OrderView getOrder(long buyerId, String orderNo) { throw new UnsupportedOperationException(); }
        @Override public Page<OrderSummary> listOrders(long buyerId, PageRequest page) { throw new UnsupportedOperationException(); }
        @Override public OrderView findByOrderNo(String orderNo) { throw new UnsupportedOperationException(); }
        @Override public OrderView confirmReceipt(long buyerId, String orderNo) { throw new UnsupportedOperationException(); }
    }

    /** Returns recorded as asked: the buyer from the token, the actor from the ops token. */
    static class RecordingReturns implements io.kaola.order.api.ReturnService {
        static final List<String> CALLS = new java.util.concurrent.CopyOnWriteArrayList<>();

        private static io.kaola.order.api.ReturnView view(String returnId, String orderNo, long buyerId,
                                                         io.kaola.order.api.ReturnStatus status, String refusal) {
            return new io.kaola.order.api.ReturnView(returnId, orderNo, buyerId, status, List.of(), "r", refusal, null,
                    null, null, null, Instant.now(), null, null, null);
        }

        @Override
        public io.kaola.order.api.ReturnView requestReturn(long buyerId, String orderNo,
                                                           io.kaola.order.api.ReturnRequest request) {
            CALLS.add("request " + buyerId + " " + orderNo + " " + request.lines() + " " + request.reason());
            return view(orderNo + "R1", orderNo, buyerId, io.kaola.order.api.ReturnStatus.REQUESTED, null);
        }

        @Override
        public List<io.kaola.order.api.ReturnView> returnsOf(long buyerId, String orderNo) { return List.of(); }

        @Override
        public io.kaola.order.api.ReturnView approveReturn(String returnId, String actor) {
            CALLS.add("approve " + returnId + " " + actor);
            return view(returnId, "1", 1, io.kaola.order.api.ReturnStatus.APPROVED, null);
        }

        @Override
        public io.kaola.order.api.ReturnView refuseReturn(String returnId, String reason, String actor) {
            CALLS.add("refuse " + returnId + " " + reason + " " + actor);
            return view(returnId, "1", 1, io.kaola.order.api.ReturnStatus.REFUSED, reason);
        }

        @Override
        public Page<io.kaola.order.api.ReturnView> listReturns(io.kaola.order.api.ReturnStatus status, PageRequest page) {
            CALLS.add("list " + status);
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
    }

    @TestConfiguration
    static class StandIns {
        @Bean
        ServiceBean<io.kaola.order.api.ReturnService> returnServiceStandIn(ApplicationContext context) {
            return export(context, io.kaola.order.api.ReturnService.class, new RecordingReturns());
        }

        /** Exported through Dubbo like the real provider, but not a UserService bean (the gateway's is the reference). */
        @Bean
        ServiceBean<UserService> userServiceStandIn(ApplicationContext context) {
            return export(context, UserService.class, new InMemoryUsers());
        }

        @Bean
        ServiceBean<IdentityService> identityServiceStandIn(ApplicationContext context) {
            return export(context, IdentityService.class, new InMemoryIdentities());
        }

        @Bean
        ServiceBean<QuotaService> quotaServiceStandIn(ApplicationContext context) {
            return export(context, QuotaService.class, new FixedQuotas());
        }

        @Bean
        ServiceBean<OrderService> orderServiceStandIn(ApplicationContext context) {
            return export(context, OrderService.class, new RecordingOrders());
        }

        private static <T> ServiceBean<T> export(ApplicationContext context, Class<T> type, T implementation) {
            ServiceBean<T> service = new ServiceBean<>(context);
            service.setInterface(type);
            service.setRef(implementation);
            return service;
        }
    }

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @BeforeEach
    void waitForTheStandInProviders() throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while ((send("GET", "/api/me", token(999), null).status() == 503
                || send("GET", "/api/me/identity", token(999), null).status() == 503
                || send("GET", "/api/me/quota", token(999), null).status() == 503
                || send("POST", "/api/orders/1/cancel", token(999), null).status() == 503)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    @Test
    void a_shopper_verifies_their_identity_and_sees_it_masked_and_the_number_is_never_logged() throws Exception {
        String number = "33010619900307123X";
        Logger root = (Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        Response verified;
        Response mismatch;
        Response read;
        try {
            verified = send("POST", "/api/me/identity", token(31), Map.of("name", "王小明", "idNumber", number));
            mismatch = send("POST", "/api/me/identity", token(32), Map.of("name", "王小明", "idNumber", "110101200002290018"));
            read = send("GET", "/api/me/identity", token(31), null);
        } finally {
            root.detachAppender(logged);
        }

        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
        assertThat(verified.body().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.body().path("maskedIdNumber").asText()).isEqualTo("3301**********123X");
        assertThat(mismatch.status()).isEqualTo(409);
        assertThat(mismatch.body().path("code").asText()).isEqualTo("USER_IDENTITY_MISMATCH");
        assertThat(read.body().path("userId").asLong()).isEqualTo(31);
        assertThat(read.body().path("maskedIdNumber").asText()).isEqualTo("3301**********123X");
        assertThat(verified.raw() + read.raw()).doesNotContain(number);
        String lines = logged.list.stream().map(e -> e.getFormattedMessage() + e.getMDCPropertyMap()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
        assertThat(lines).doesNotContain(number, "110101200002290018");
    }

    @Test
    void the_quota_is_of_the_current_year_in_shanghai_unless_a_year_is_asked() throws Exception {
        Response current = send("GET", "/api/me/quota", token(31), null);
        Response past = send("GET", "/api/me/quota?year=2025", token(31), null);

        assertThat(current.status()).as(current.raw()).isEqualTo(200);
        assertThat(current.body().path("year").asInt()).isEqualTo(Year.now(ZoneId.of("Asia/Shanghai")).getValue());
        assertThat(current.body().at("/remaining/minor").asLong()).isEqualTo(2_500_000);
        assertThat(past.body().path("year").asInt()).isEqualTo(2025);
        assertThat(send("GET", "/api/me/quota?year=1999", token(31), null).status()).isEqualTo(400);
    }

    @Test
    void a_refusals_details_reach_the_client_as_members_of_the_problem() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/orders"))
                .header("Authorization", "Bearer " + token(31)).header("Idempotency-Key", "k-1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"lines\":[{\"skuCode\":\"A\",\"quantity\":1}]}")).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode problem = json.readTree(response.body());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(problem.path("code").asText()).isEqualTo("CROSSBORDER_OVER_ANNUAL_LIMIT");
        assertThat(problem.path("traceId").asText()).matches("[0-9a-f]{16}");
        assertThat(problem.path("limit").asText()).isEqualTo("ANNUAL");
        assertThat(problem.path("amountCny").asText()).isEqualTo("1000.01");
        assertThat(problem.path("limitCny").asText()).isEqualTo("26000.00");
        assertThat(problem.path("usedCny").asText()).isEqualTo("25000.00");
        assertThat(problem.path("remainingCny").asText()).isEqualTo("1000.00");
        assertThat(problem.path("year").asText()).isEqualTo("2026");
    }

    @Test
    void a_shoppers_price_trial_is_for_themself_and_ops_may_price_for_any_user() throws Exception {
        Map<String, Object> cart = Map.of("lines", List.of(Map.of("skuCode", "A", "quantity", 1)));
        Map<String, Object> forUser5 = Map.of("lines", List.of(Map.of("skuCode", "A", "quantity", 1)), "userId", 5);
        RecordingOrders.TRIAL_BUYERS.clear();

        Response otherUser = send("POST", "/api/price/trial", token(41), forUser5);
        assertThat(otherUser.status()).isEqualTo(403);
        assertThat(otherUser.body().path("code").asText()).isEqualTo("COMMON_FORBIDDEN");
        assertThat(RecordingOrders.TRIAL_BUYERS).as("no call for a forbidden trial").isEmpty();

        Response own = send("POST", "/api/price/trial", token(41), cart);
        Response ops = send("POST", "/api/price/trial", token(42, Role.SHOPPER, Role.OPS), forUser5);
        Response opsOwn = send("POST", "/api/price/trial", token(42, Role.SHOPPER, Role.OPS), cart);

        assertThat(List.of(own.status(), ops.status(), opsOwn.status())).as(own.raw()).containsOnly(200);
        assertThat(own.body().path("orderable").asBoolean()).isTrue();
        assertThat(RecordingOrders.TRIAL_BUYERS).containsExactly(41L, 5L, 42L);
        assertThat(send("POST", "/api/price/trial", null, cart).status()).isEqualTo(401);
    }

    @Test
    void a_shopper_asks_a_return_of_their_own_order_and_only_ops_decide_it() throws Exception {
        Response asked = send("POST", "/api/orders/20260301000131/returns", token(31),
                Map.of("lines", List.of(Map.of("skuCode", "SKU-1", "quantity", 1)), "reason", "chipped"));
        assertThat(asked.status()).as(asked.raw()).isEqualTo(201);
        assertThat(asked.body().path("returnId").asText()).isEqualTo("20260301000131R1");
        assertThat(RecordingReturns.CALLS).contains("request 31 20260301000131 [Line[skuCode=SKU-1, quantity=1]] chipped");
        assertThat(send("POST", "/api/orders/20260301000131/returns", null, Map.of()).status()).isEqualTo(401);

        assertThat(send("POST", "/api/admin/returns/20260301000131R1/approve", token(31), null).status()).isEqualTo(403);
        Response approved = send("POST", "/api/admin/returns/20260301000131R1/approve", token(2, Role.OPS), null);
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        Response refused = send("POST", "/api/admin/returns/20260301000131R2/refuse", token(2, Role.OPS),
                Map.of("reason", "used"));
        assertThat(refused.body().path("refusalReason").asText()).isEqualTo("used");
        assertThat(send("GET", "/api/admin/returns?status=REQUESTED", token(2, Role.OPS), null).status()).isEqualTo(200);
        assertThat(RecordingReturns.CALLS).contains("list REQUESTED");
        Response badStatus = send("GET", "/api/admin/returns?status=LOST", token(2, Role.OPS), null);
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body().path("code").asText()).isEqualTo("COMMON_INVALID_REQUEST");
    }

    @Test
    void a_shopper_cancels_their_own_order() throws Exception {
        Response cancelled = send("POST", "/api/orders/20260301000131/cancel", token(31), null);

        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.body().path("status").asText()).isEqualTo("CLOSED");
        assertThat(cancelled.body().path("buyerId").asLong()).isEqualTo(31);
    }

    @Test
    void the_cross_border_admin_api_is_for_ops_and_checks_its_bodies_before_calling() throws Exception {
        assertThat(send("PUT", "/api/admin/products/1/tax-profile", token(1), Map.of("importable", false)).status()).isEqualTo(403);
        assertThat(send("POST", "/api/admin/sandbox/identities", token(1), Map.of("name", "x", "idNumber", "y")).status())
                .isEqualTo(403);

        Response noAvailable = send("PUT", "/api/admin/sandbox/identity-provider", token(2, Role.OPS), Map.of());
        assertThat(noAvailable.status()).isEqualTo(400);
        assertThat(noAvailable.body().path("detail").asText()).isEqualTo("available must not be null");
        Response badWeight = send("PUT", "/api/admin/skus/SKU-1/content", token(2, Role.OPS), Map.of("weightGrams", "heavy"));
        assertThat(badWeight.status()).isEqualTo(400);
        assertThat(badWeight.body().path("detail").asText()).isEqualTo("the JSON body's weightGrams has the wrong type or format");

        Response noProvider = send("GET", "/api/admin/tax-categories", token(2, Role.OPS), null);
        assertThat(noProvider.status()).as(noProvider.raw()).isEqualTo(503);
    }

    @Test
    void a_shopper_registers_logs_in_and_reads_their_account_with_the_token() throws Exception {
        Response registered = send("POST", "/api/auth/register", null,
                Map.of("email", "ann@example.com", "password", "correct-horse", "displayName", "Ann"));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);

        Response login = send("POST", "/api/auth/login", null, Map.of("email", "ann@example.com", "password", "correct-horse"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().path("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.body().path("expiresIn").asLong()).isEqualTo(7200);
        assertThat(login.body().at("/user/email").asText()).isEqualTo("ann@example.com");

        Response me = send("GET", "/api/me", login.body().path("accessToken").asText(), null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("userId").asLong()).isEqualTo(registered.body().path("userId").asLong());
        assertThat(me.body().path("roles").toString()).isEqualTo("[\"SHOPPER\"]");
        assertThat(me.body().path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void without_a_token_a_protected_endpoint_answers_401_before_reading_the_body() throws Exception {
        Response me = send("GET", "/api/me", null, null);
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).isEqualTo("application/problem+json");
        assertThat(me.body().path("code").asText()).isEqualTo("COMMON_UNAUTHENTICATED");
        assertThat(me.headers().firstValue("WWW-Authenticate")).contains("Bearer");

        Response order = send("POST", "/api/orders", null, Map.of("lines", List.of()));
        assertThat(order.status()).isEqualTo(401);
        assertThat(send("GET", "/api/me", "garbage", null).status()).isEqualTo(401);
    }

    @Test
    void a_shopper_is_forbidden_on_the_admin_api() throws Exception {
        Response response = send("GET", "/api/admin/fx-rates", token(1), null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().path("code").asText()).isEqualTo("COMMON_FORBIDDEN");
        assertThat(response.body().path("type").asText()).isEqualTo("urn:kaola:problem:common-forbidden");
    }

    @Test
    void ops_pass_the_admin_check_and_a_missing_provider_answers_503() throws Exception {
        Response response = send("GET", "/api/admin/fx-rates", token(2, Role.SHOPPER, Role.OPS), null);

        assertThat(response.status()).as(response.raw()).isEqualTo(503);
        assertThat(response.body().path("code").asText()).isEqualTo("COMMON_SERVICE_UNAVAILABLE");
        assertThat(response.raw()).doesNotContain("Exception");
    }

    @Test
    void a_service_refusal_is_a_problem_with_its_code_and_the_trace_id_of_the_response() throws Exception {
        Response response = send("POST", "/api/auth/login", null, Map.of("email", "nobody@example.com", "password", "x"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = response.body();
        assertThat(problem.path("type").asText()).isEqualTo("urn:kaola:problem:user-bad-credentials");
        assertThat(problem.path("title").asText()).isEqualTo("Wrong email or password");
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("detail").asText()).isEqualTo("wrong email or password");
        assertThat(problem.path("code").asText()).isEqualTo("USER_BAD_CREDENTIALS");
        assertThat(problem.path("traceId").asText()).matches("[0-9a-f]{16}")
                .isEqualTo(response.headers().firstValue("X-Trace-Id").orElseThrow());
    }

    @Test
    void a_bug_behind_the_gateway_is_a_500_without_details() throws Exception {
        Response response = send("POST", "/api/auth/register", null,
                Map.of("email", "boom@example.com", "password", "correct-horse"));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body().path("code").asText()).isEqualTo("COMMON_INTERNAL");
        assertThat(response.raw()).doesNotContain("disk on fire", "Exception", "io.kaola", "\"trace\"");
    }

    @Test
    void unknown_paths_and_wrong_methods_are_problems() throws Exception {
        for (String path : List.of("/api/nothing-here", "/nothing-here", "/api/admin/nothing-here")) {
            Response response = send("GET", path, null, null);
            List<Object> seen = new ArrayList<>(List.of(path, response.status(), response.contentType()));
            assertThat(seen).as(response.raw()).containsExactly(path, 404, "application/problem+json");
            assertThat(response.body().path("code").asText()).isEqualTo("COMMON_NOT_FOUND");
        }
        Response wrongMethod = send("DELETE", "/api/auth/login", null, null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body().path("code").asText()).isEqualTo("COMMON_METHOD_NOT_ALLOWED");
    }

    @Test
    void bad_parameters_are_refused_before_any_service_is_called() throws Exception {
        Response size = send("GET", "/api/products?size=500", null, null);
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.body().path("detail").asText()).startsWith("size ");

        Response noKey = send("POST", "/api/orders", token(1), Map.of("lines", List.of()));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.body().path("detail").asText()).contains("Idempotency-Key");

        Response noSignature = send("POST", "/api/payments/notify/sandbox", null, Map.of("paymentNo", "1"));
        assertThat(noSignature.status()).isEqualTo(400);
        assertThat(noSignature.body().path("code").asText()).isEqualTo("COMMON_INVALID_REQUEST");

        Response noQuantity = send("PUT", "/api/admin/stock/SKU-1", token(2, Role.OPS), Map.of());
        assertThat(noQuantity.status()).isEqualTo(400);
        assertThat(noQuantity.body().path("detail").asText()).isEqualTo("quantity must not be null");
    }

    @Test
    void the_openapi_description_declares_the_bearer_scheme_and_every_endpoint() throws Exception {
        Response docs = send("GET", "/v3/api-docs", null, null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(docs.body().path("paths").fieldNames()).toIterable().contains(
                "/api/auth/register", "/api/auth/login", "/api/me", "/api/categories", "/api/products",
                "/api/products/{spuId}", "/api/orders", "/api/orders/{orderNo}", "/api/orders/{orderNo}/payments",
                "/api/payments/{paymentNo}", "/api/payments/notify/sandbox", "/api/admin/catalog/import",
                "/api/admin/stock/{skuCode}", "/api/admin/stock", "/api/admin/orders/{orderNo}",
                "/api/admin/fx-rates", "/api/admin/fx-rates/{currency}",
                "/api/me/identity", "/api/me/quota", "/api/orders/{orderNo}/cancel", "/api/price/trial",
                "/api/admin/products/{spuId}/tax-profile", "/api/admin/skus/{skuCode}/content",
                "/api/admin/tax-categories", "/api/admin/tax-categories/{code}", "/api/admin/shipping-rules",
                "/api/admin/shipping-rules/{warehouseCode}", "/api/admin/sandbox/identities",
                "/api/admin/sandbox/identity-provider", "/api/flash-sales", "/api/flash-sales/{id}",
                "/api/flash-sales/{id}/tokens", "/api/flash-sales/{id}/attempts", "/api/flash-sales/attempts/{attemptId}",
                "/api/admin/flash-sales", "/api/admin/flash-sales/{id}", "/api/admin/flash-sales/{id}/end",
                "/api/admin/flash-sales/{id}/reconcile", "/api/orders/{orderNo}/returns",
                "/api/admin/returns", "/api/admin/returns/{returnId}/approve", "/api/admin/returns/{returnId}/refuse");
        assertThat(docs.body().at("/components/schemas/Problem/additionalProperties/type").asText()).isEqualTo("string");
        assertThat(docs.body().at("/paths/~1api~1me/get/security/0/bearer").isArray()).isTrue();
        assertThat(docs.body().at("/paths/~1api~1auth~1login/post/responses/401/content")
                .has("application/problem+json")).isTrue();
        assertThat(docs.raw()).doesNotContain("\"caller\"");

        assertThat(send("GET", "/swagger-ui.html", null, null).status()).isIn(200, 302);
        // for the lead's docs/api.md
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), docs.raw());
    }

    @Test
    void a_catalogue_upload_is_for_ops_and_keys_files_by_name_without_directory() throws Exception {
        Map<String, String> twoProducts = new java.util.LinkedHashMap<>();
        twoProducts.put("a/products.json", "[]");
        twoProducts.put("b/products.json", "[]");

        Response shopper = upload(token(1), twoProducts);
        assertThat(shopper.status()).isEqualTo(403);

        Response duplicate = upload(token(2, Role.OPS), twoProducts);
        assertThat(duplicate.status()).as(duplicate.raw()).isEqualTo(400);
        assertThat(duplicate.body().path("detail").asText()).isEqualTo("two files are named products.json");

        Response noProvider = upload(token(2, Role.OPS), Map.of("data/categories.json", "[]"));
        assertThat(noProvider.status()).as(noProvider.raw()).isEqualTo(503);
    }

    @Test
    void an_upload_over_20_mb_is_refused_as_too_large() throws Exception {
        Response tooLarge = upload(token(2, Role.OPS), Map.of("products.json", "x".repeat(21 * 1024 * 1024)));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body().path("code").asText()).isEqualTo("COMMON_PAYLOAD_TOO_LARGE");
    }

    @Test
    void money_is_minor_units_and_currency_and_rates_are_plain_decimals() throws Exception {
        assertThat(json.writeValueAsString(Money.cny(12345))).isEqualTo("{\"minor\":12345,\"currency\":\"CNY\"}");
        assertThat(json.writeValueAsString(new FxRateView("EUR", "CNY", new BigDecimal("7.8E+0"), LocalDate.of(2026, 3, 1), "x")))
                .contains("\"rate\":7.8", "\"rateDate\":\"2026-03-01\"");
    }

    private record Response(int status, String contentType, String raw, JsonNode body,
                            java.net.http.HttpHeaders headers) {}

    /** @return a token the gateway accepts, for a user the stand-in may not know */
    private String token(long userId, Role... roles) throws Exception {
        var tokens = new io.kaola.gateway.auth.JwtTokens("gateway-it-secret-of-at-least-32-bytes", Duration.ofMinutes(5),
                java.time.Clock.systemUTC());
        List<Role> list = roles.length == 0 ? List.of(Role.SHOPPER) : List.of(roles);
        return tokens.issue(new UserView(userId, "u" + userId + "@example.com", "U", list, Instant.now())).value();
    }

    private Response upload(String token, Map<String, String> files) throws Exception {
        String boundary = "kaola-it-boundary";
        StringBuilder body = new StringBuilder();
        files.forEach((name, content) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"files\"; filename=\"").append(name).append("\"\r\n")
                .append("Content-Type: application/json\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/catalog/import"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode parsed = type.contains("json") && !response.body().isBlank() ? json.readTree(response.body()) : null;
        return new Response(response.statusCode(), type, response.body(), parsed, response.headers());
    }

    private Response send(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode parsed = type.contains("json") && !response.body().isBlank() ? json.readTree(response.body()) : null;
        return new Response(response.statusCode(), type, response.body(), parsed, response.headers());
    }
}
