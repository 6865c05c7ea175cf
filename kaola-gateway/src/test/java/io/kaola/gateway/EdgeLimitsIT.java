package io.kaola.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.error.CommonError;
import io.kaola.common.text.SafeText;
import io.kaola.devinfra.TestInfra;
import io.kaola.gateway.auth.JwtTokens;
import io.kaola.common.money.Money;
import io.kaola.promotion.api.AttemptToken;
import io.kaola.promotion.api.AttemptView;
import io.kaola.promotion.api.CreateFlashSaleRequest;
import io.kaola.promotion.api.FlashSaleAttemptRequest;
import io.kaola.promotion.api.FlashSaleReconciliation;
import io.kaola.promotion.api.FlashSaleService;
import io.kaola.promotion.api.FlashSaleView;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentityStatus;
import io.kaola.user.api.IdentityView;
import io.kaola.user.api.LoginRequest;
import io.kaola.user.api.RegisterRequest;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserError;
import io.kaola.user.api.UserService;
import io.kaola.user.api.UserView;
import io.kaola.user.api.VerifiedBuyer;
import io.kaola.user.api.VerifyIdentityRequest;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import org.apache.dubbo.config.spring.ServiceBean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 §4 at the gateway, on a real port with real Redis (the limiters) and stand-in UserService and
 * IdentityService providers in their own Dubbo group (so that GatewayIT's providers in the same JVM are never
 * called). The limits have 3-second windows here, so that "the owner gets in after the window" is a short poll.
 * Requests that must come from distinct client IPs are sent over raw sockets bound to 127.0.0.x.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dubbo.protocol.port=-1", "dubbo.provider.group=edge-limits-it", "dubbo.consumer.group=edge-limits-it",
        "kaola.gateway.jwt-secret=" + EdgeLimitsIT.SECRET,
        "kaola.gateway.limits.key-prefix=edge-limits-it:${random.uuid}:",
        "kaola.gateway.limits.login-per-account-and-ip.permits=3", "kaola.gateway.limits.login-per-account-and-ip.window=3s",
        "kaola.gateway.limits.login-per-ip.permits=6", "kaola.gateway.limits.login-per-ip.window=3s",
        "kaola.gateway.limits.login-per-account.permits=5", "kaola.gateway.limits.login-per-account.window=3s",
        "kaola.gateway.limits.register-per-ip.permits=3", "kaola.gateway.limits.register-per-ip.window=3s",
        "kaola.gateway.limits.identity-per-user.permits=2", "kaola.gateway.limits.identity-per-user.window=3s",
        "kaola.gateway.limits.seckill-per-user.permits=3", "kaola.gateway.limits.seckill-per-user.window=3s",
        "kaola.gateway.limits.seckill-per-ip.permits=5", "kaola.gateway.limits.seckill-per-ip.window=3s"})
class EdgeLimitsIT {
    static {
        TestInfra.start();
    }

    static final String SECRET = "edge-limits-it-secret-of-32-bytes-at-least";
    private static final String PASSWORD = "correct-horse-battery";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger NEXT_IP = new AtomicInteger(2);

    /** Accounts in memory, refusing display names as kaola-user's DisplayName does (the shared SafeText rule). */
    static class EdgeUsers implements UserService {
        private final Map<String, UserView> byEmail = new ConcurrentHashMap<>();
        private final Map<String, String> passwords = new ConcurrentHashMap<>();
        private final AtomicLong ids = new AtomicLong(5000);

        @Override
        public UserView register(RegisterRequest request) {
            SafeText.require(CommonError.INVALID_REQUEST, "displayName", request.displayName());
            String email = request.email().strip().toLowerCase(Locale.ROOT);
            UserView user = new UserView(ids.incrementAndGet(), email, request.displayName(), List.of(Role.SHOPPER), Instant.now());
            if (byEmail.putIfAbsent(email, user) != null) throw UserError.EMAIL_TAKEN.exception("taken");
            passwords.put(email, request.password());
            return user;
        }

        @Override
        public UserView authenticate(LoginRequest request) {
            String email = request.email() == null ? "" : request.email().strip().toLowerCase(Locale.ROOT);
            if (request.password() == null || !request.password().equals(passwords.get(email))) {
                throw UserError.BAD_CREDENTIALS.exception("wrong email or password");
            }
            return byEmail.get(email);
        }

        @Override
        public UserView findById(long userId) {
            return byEmail.values().stream().filter(u -> u.userId() == userId).findFirst()
                    .orElseThrow(() -> UserError.NOT_FOUND.exception("no user " + userId));
        }
    }

    /** Verifies anything, counting the calls that reach it (each a provider call in real life). */
    static class CountingIdentities implements IdentityService {
        static final Map<Long, AtomicInteger> CALLS = new ConcurrentHashMap<>();

        @Override
        public IdentityView verify(VerifyIdentityRequest request) {
            CALLS.computeIfAbsent(request.userId(), id -> new AtomicInteger()).incrementAndGet();
            return new IdentityView(request.userId(), IdentityStatus.VERIFIED, request.name(), "1101**********002X", Instant.now());
        }

        @Override
        public IdentityView getIdentity(long userId) {
            return new IdentityView(userId, IdentityStatus.NONE, null, null, null);
        }

        @Override public VerifiedBuyer requireVerifiedBuyer(long userId) { throw new UnsupportedOperationException(); }
        @Override public DeclarationIdentity declarationIdentity(long userId) { throw new UnsupportedOperationException(); }
    }

    /** Hands out tokens for sale 7, counting the calls that reach it per user; everything else is not needed here. */
    static class CountingFlashSales implements FlashSaleService {
        static final Map<Long, AtomicInteger> TOKENS = new ConcurrentHashMap<>();

        @Override
        public AttemptToken issueToken(long saleId, long userId) {
            TOKENS.computeIfAbsent(userId, id -> new AtomicInteger()).incrementAndGet();
            return new AttemptToken("0123456789abcdef0123456789abcdef", Instant.now().plusSeconds(30));
        }

        @Override
        public FlashSaleView flashSale(long saleId) {
            return new FlashSaleView(saleId, "Flash sale", "SKU-7", Money.cny(9900), 10, 1, Instant.now(),
                    Instant.now().plusSeconds(3600), "HELD", "ON_SALE", 10, 0);
        }

        @Override public FlashSaleView createFlashSale(CreateFlashSaleRequest request) { throw new UnsupportedOperationException(); }
        @Override public List<FlashSaleView> currentFlashSales(Instant at) { return List.of(flashSale(7)); }
        @Override public AttemptView attempt(FlashSaleAttemptRequest request) { throw new UnsupportedOperationException(); }
        @Override public AttemptView attemptStatus(long userId, String attemptId) { throw new UnsupportedOperationException(); }
        @Override public FlashSaleView endFlashSale(long saleId) { throw new UnsupportedOperationException(); }
        @Override public FlashSaleReconciliation reconcile(long saleId) { throw new UnsupportedOperationException(); }
    }

    @TestConfiguration
    static class StandIns {
        @Bean
        ServiceBean<FlashSaleService> edgeFlashSalesStandIn(ApplicationContext context) {
            return export(context, FlashSaleService.class, new CountingFlashSales());
        }

        @Bean
        ServiceBean<UserService> edgeUsersStandIn(ApplicationContext context) {
            return export(context, UserService.class, new EdgeUsers());
        }

        @Bean
        ServiceBean<IdentityService> edgeIdentitiesStandIn(ApplicationContext context) {
            return export(context, IdentityService.class, new CountingIdentities());
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
        while ((raw("127.0.0.1", "GET", "/api/me/identity", Map.of("Authorization", "Bearer " + token(1)), null).status() == 503
                || raw("127.0.0.1", "GET", "/api/me", Map.of("Authorization", "Bearer " + token(1)), null).status() == 503)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    // ---------------------------------------------------------------- rate limits

    @Test
    void failed_logins_for_one_account_from_one_ip_are_throttled_and_the_owner_gets_in_after_the_window() throws Exception {
        String ip = nextIp();
        String email = register(ip);
        for (int i = 0; i < 3; i++) assertThat(login(ip, email, "wrong-password-" + i).status()).isEqualTo(401);

        Raw throttled = login(ip, email, PASSWORD);
        assertRateLimited(throttled, "login-account-ip");
        assertThat(login(nextIp(), email, PASSWORD).status()).as("another IP is not throttled for this account").isEqualTo(200);

        Raw afterWindow = pollUntil(() -> login(ip, email, PASSWORD), 200);
        assertThat(afterWindow.json().path("accessToken").asText()).isNotBlank();
    }

    @Test
    void failed_logins_from_one_ip_across_accounts_are_throttled_and_let_in_after_the_window() throws Exception {
        String ip = nextIp();
        String email = register(nextIp());
        for (int i = 0; i < 6; i++) {
            assertThat(login(ip, "nobody-" + i + "-" + UUID.randomUUID() + "@example.com", "guess-" + i).status()).isEqualTo(401);
        }

        assertRateLimited(login(ip, email, PASSWORD), "login-ip");
        assertThat(login(nextIp(), email, PASSWORD).status()).as("the account itself is not throttled").isEqualTo(200);
        pollUntil(() -> login(ip, email, PASSWORD), 200);
    }

    @Test
    void failed_logins_for_one_account_across_ips_are_throttled_briefly_then_the_owner_gets_in() throws Exception {
        String email = register(nextIp());
        for (int round = 0; round < 5; round++) {
            assertThat(login(nextIp(), email, "spray-" + round).status()).isEqualTo(401);
        }
        String owner = nextIp();

        Raw throttled = login(owner, email, PASSWORD);
        assertRateLimited(throttled, "login-account");
        assertThat(Long.parseLong(throttled.header("retry-after"))).isBetween(1L, 3L);

        Instant start = Instant.now();
        pollUntil(() -> login(owner, email, PASSWORD), 200);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void a_wrong_password_answer_is_not_counted_once_throttled_so_waiting_is_enough() throws Exception {
        String ip = nextIp();
        String email = register(ip);
        for (int i = 0; i < 3; i++) login(ip, email, "wrong-" + i);
        // hammering while throttled changes nothing: the answers are 429 and the owner still gets in after the window
        for (int i = 0; i < 10; i++) assertThat(login(ip, email, "still-wrong-" + i).status()).isEqualTo(429);
        pollUntil(() -> login(ip, email, PASSWORD), 200);
    }

    @Test
    void registration_is_limited_per_client_ip() throws Exception {
        String ip = nextIp();
        for (int i = 0; i < 3; i++) register(ip);

        Raw fourth = raw(ip, "POST", "/api/auth/register", Map.of(), body(Map.of("email", unique(), "password", PASSWORD)));
        assertRateLimited(fourth, "register-ip");
        assertThat(raw(nextIp(), "POST", "/api/auth/register", Map.of(),
                body(Map.of("email", unique(), "password", PASSWORD))).status()).isEqualTo(201);

        pollUntil(() -> raw(ip, "POST", "/api/auth/register", Map.of(), body(Map.of("email", unique(), "password", PASSWORD))), 201);
    }

    @Test
    void identity_verification_is_limited_per_user_and_a_refused_attempt_never_reaches_the_provider() throws Exception {
        long user = 7001;
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token(user));
        byte[] identity = body(Map.of("name", "王小明", "idNumber", "33010619900307123X"));
        for (int i = 0; i < 2; i++) assertThat(raw(nextIp(), "POST", "/api/me/identity", auth, identity).status()).isEqualTo(200);

        Raw third = raw(nextIp(), "POST", "/api/me/identity", auth, identity);
        assertRateLimited(third, "identity-user");
        assertThat(CountingIdentities.CALLS.get(user).get()).isEqualTo(2);
        assertThat(raw("127.0.0.1", "POST", "/api/me/identity", Map.of("Authorization", "Bearer " + token(7002)), identity)
                .status()).as("another user is not limited").isEqualTo(200);

        pollUntil(() -> raw(nextIp(), "POST", "/api/me/identity", auth, identity), 200);
        assertThat(CountingIdentities.CALLS.get(user).get()).isEqualTo(3);
    }

    @Test
    void flash_sale_tokens_are_limited_per_user_and_per_ip_and_a_refused_request_never_reaches_promotion() throws Exception {
        pollUntil(() -> raw("127.0.0.1", "GET", "/api/flash-sales/7", Map.of(), null), 200);
        long user = 7301;
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token(user));
        for (int i = 0; i < 3; i++) {
            Raw issued = raw(nextIp(), "POST", "/api/flash-sales/7/tokens", auth, null);
            assertThat(issued.status()).as(issued.body()).isEqualTo(201);
            assertThat(issued.header("cache-control")).isEqualTo("no-store");
        }
        assertRateLimited(raw(nextIp(), "POST", "/api/flash-sales/7/tokens", auth, null), "seckill-user");
        assertThat(CountingFlashSales.TOKENS.get(user).get()).isEqualTo(3);

        String ip = nextIp();
        for (long other = 7311; other <= 7315; other++) {
            assertThat(raw(ip, "POST", "/api/flash-sales/7/tokens", Map.of("Authorization", "Bearer " + token(other)), null)
                    .status()).isEqualTo(201);
        }
        assertRateLimited(raw(ip, "POST", "/api/flash-sales/7/tokens", Map.of("Authorization", "Bearer " + token(7316)), null),
                "seckill-ip");
        assertThat(CountingFlashSales.TOKENS).doesNotContainKey(7316L);

        pollUntil(() -> raw(nextIp(), "POST", "/api/flash-sales/7/tokens", auth, null), 201);
    }

    // ---------------------------------------------------------------- request size

    @Test
    void a_9_mb_json_login_is_refused_with_413_before_it_is_read_or_forwarded() throws Exception {
        String big = "{\"email\":\"a@example.com\",\"password\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}";

        Raw response = raw(nextIp(), "POST", "/api/auth/login", Map.of(), big.getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 413, "COMMON_PAYLOAD_TOO_LARGE");
        assertThat(response.json().path("detail").asText()).contains("65536 bytes");
    }

    @Test
    void a_json_body_over_64_kb_is_413_and_one_under_it_is_read() throws Exception {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token(7101), "Idempotency-Key", "k-big");
        String filler = "x".repeat(64 * 1024);
        Raw over = raw(nextIp(), "POST", "/api/orders", auth, body(Map.of("lines", List.of(), "filler", filler)));
        assertProblem(over, 413, "COMMON_PAYLOAD_TOO_LARGE");

        Raw under = raw(nextIp(), "POST", "/api/price/trial", Map.of("Authorization", "Bearer " + token(7101)),
                body(Map.of("lines", List.of(Map.of("skuCode", "A", "quantity", 1)), "filler", "x".repeat(60 * 1024))));
        assertThat(under.status()).as(under.body()).isNotEqualTo(413);
    }

    @Test
    void a_chunked_body_is_cut_off_at_64_kb_with_413() throws Exception {
        Raw response = rawChunked(nextIp(), "/api/auth/login", "{\"email\":\"a@example.com\",\"password\":\"", 200 * 1024);

        assertProblem(response, 413, "COMMON_PAYLOAD_TOO_LARGE");
    }

    @Test
    void an_anonymous_21_mb_upload_is_answered_401_quickly_without_being_parsed() throws Exception {
        Instant start = Instant.now();
        HttpResponse<String> big = upload(null, "x".repeat(21 * 1024 * 1024), true);
        Duration took = Duration.between(start, Instant.now());

        // parsed first (as before), it would have been 413: the multipart cap is 20 MB
        assertThat(big.statusCode()).as(big.body()).isEqualTo(401);
        assertThat(json.readTree(big.body()).path("code").asText()).isEqualTo("COMMON_UNAUTHENTICATED");
        assertThat(took).isLessThan(Duration.ofSeconds(5));

        // a body that is not even valid multipart: parsed first, it would have failed as malformed
        HttpResponse<String> broken = upload(null, "no closing boundary", false);
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(401);
        // and a shopper is refused before parsing too
        assertThat(upload(token(7201), "[]", false).statusCode()).isEqualTo(403);
    }

    @Test
    void multipart_is_refused_on_every_other_path() throws Exception {
        Raw response = raw(nextIp(), "POST", "/api/auth/login", Map.of("Content-Type", "multipart/form-data; boundary=b"),
                "--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na@example.com\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 415, "COMMON_UNSUPPORTED_MEDIA_TYPE");
        assertThat(response.json().path("detail").asText()).contains("/api/admin/catalog/import");
    }

    // ---------------------------------------------------------------- strict input

    @Test
    void an_integer_field_refuses_a_fraction_a_float_and_a_string() throws Exception {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token(7301));
        for (String quantity : List.of("2.5", "\"2\"", "2.0", "true")) {
            String trial = "{\"lines\":[{\"skuCode\":\"A\",\"quantity\":" + quantity + "}]}";
            Raw response = raw(nextIp(), "POST", "/api/price/trial", auth, trial.getBytes(StandardCharsets.UTF_8));
            assertProblem(response, 400, "COMMON_INVALID_REQUEST");
            assertThat(response.json().path("detail").asText()).as(quantity)
                    .isEqualTo("the JSON body's lines[0].quantity has the wrong type or format");
        }
        Raw userId = raw(nextIp(), "POST", "/api/price/trial", auth,
                "{\"lines\":[{\"skuCode\":\"A\",\"quantity\":1}],\"userId\":\"7301\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(userId, 400, "COMMON_INVALID_REQUEST");
        assertProblem(raw(nextIp(), "GET", "/api/orders?page=2.5", auth, null), 400, "COMMON_INVALID_REQUEST");
        assertProblem(raw(nextIp(), "GET", "/api/products?size=2.5", Map.of(), null), 400, "COMMON_INVALID_REQUEST");
    }

    @Test
    void an_identity_number_is_accepted_only_as_a_json_string_and_a_refused_body_costs_no_attempt() throws Exception {
        long user = 7401;
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token(user));
        for (String number : List.of("110101199003077777", "1.10101199003077E17")) {
            Raw response = raw(nextIp(), "POST", "/api/me/identity", auth,
                    ("{\"name\":\"王小明\",\"idNumber\":" + number + "}").getBytes(StandardCharsets.UTF_8));
            assertProblem(response, 400, "COMMON_INVALID_REQUEST");
            assertThat(response.json().path("detail").asText()).isEqualTo("the JSON body's idNumber has the wrong type or format");
            assertThat(response.body()).doesNotContain("110101199003077777");
        }
        Raw numericName = raw(nextIp(), "POST", "/api/me/identity", auth,
                "{\"name\":12345,\"idNumber\":\"33010619900307123X\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(numericName, 400, "COMMON_INVALID_REQUEST");
        assertThat(CountingIdentities.CALLS.get(user)).as("no provider call for a refused body").isNull();
    }

    @Test
    void control_and_bidi_characters_in_a_display_name_are_refused_with_the_position() throws Exception {
        for (String name : List.of("Ann\u202Egnp.exe", "Ann\u0000", "\u2066Ann\u2069", "Ann\u200F")) {
            Raw response = raw(nextIp(), "POST", "/api/auth/register", Map.of(),
                    body(Map.of("email", unique(), "password", PASSWORD, "displayName", name)));
            assertProblem(response, 400, "COMMON_INVALID_REQUEST");
            assertThat(response.json().path("detail").asText()).startsWith("displayName must not contain")
                    .containsPattern("U\\+[0-9A-F]{4} at position [0-9]+");
        }
    }

    // ---------------------------------------------------------------- tokens, caching, container errors

    @Test
    void a_token_without_aud_or_of_another_issuer_is_refused_with_401() throws Exception {
        Date inAnHour = Date.from(Instant.now().plusSeconds(3600));
        var key = Keys.hmacShaKeyFor(SECRET.getBytes(StandardCharsets.UTF_8));
        String noAudience = Jwts.builder().subject("7501").claim("roles", List.of("SHOPPER")).issuer("kaola-gateway")
                .expiration(inAnHour).signWith(key, Jwts.SIG.HS256).compact();
        String noExpiry = Jwts.builder().subject("7501").claim("roles", List.of("SHOPPER")).issuer("kaola-gateway")
                .audience().single("kaola-api").signWith(key, Jwts.SIG.HS256).compact();
        String otherIssuer = Jwts.builder().subject("7501").claim("roles", List.of("SHOPPER")).issuer("elsewhere")
                .audience().single("kaola-api").expiration(inAnHour).signWith(key, Jwts.SIG.HS256).compact();

        for (String token : List.of(noAudience, noExpiry, otherIssuer)) {
            assertProblem(raw(nextIp(), "GET", "/api/me/identity", Map.of("Authorization", "Bearer " + token), null),
                    401, "COMMON_UNAUTHENTICATED");
        }
        assertThat(raw(nextIp(), "GET", "/api/me/identity", Map.of("Authorization", "Bearer " + token(7501)), null).status())
                .isEqualTo(200);
    }

    @Test
    void responses_with_personal_data_are_not_stored_by_caches_errors_included() throws Exception {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token(7601));
        String email = register(nextIp());
        List<Raw> personal = List.of(
                raw(nextIp(), "GET", "/api/me/identity", auth, null),
                raw(nextIp(), "GET", "/api/me", Map.of(), null),
                raw(nextIp(), "GET", "/api/orders/123", Map.of(), null),
                raw(nextIp(), "GET", "/api/payments/P1", Map.of(), null),
                raw(nextIp(), "GET", "/api/admin/orders/123", auth, null),
                raw(nextIp(), "POST", "/api/price/trial", Map.of(), body(Map.of())),
                login(nextIp(), email, PASSWORD));
        for (Raw response : personal) {
            assertThat(response.header("cache-control")).as(response.status() + " " + response.body()).isEqualTo("no-store");
        }
        assertThat(personal.get(0).status()).isEqualTo(200);
        assertThat(personal.get(6).status()).isEqualTo(200);
        assertThat(raw(nextIp(), "GET", "/api/products", Map.of(), null).header("cache-control"))
                .as("the public catalogue may be cached").isNull();
    }

    @Test
    void paths_the_container_refuses_are_problems_too() throws Exception {
        for (String path : List.of("/api/orders/%00", "/api/orders/..%2Fx", "/api/orders/%2e%2e%2f%2e%2e%2fx")) {
            Raw response = raw(nextIp(), "GET", path, Map.of("Authorization", "Bearer " + token(7701)), null);
            assertProblem(response, 400, "COMMON_INVALID_REQUEST");
            assertThat(response.json().path("type").asText()).isEqualTo("urn:kaola:problem:common-invalid-request");
            assertThat(response.json().path("traceId").asText()).matches("[0-9a-f]{16}");
            assertThat(response.body()).doesNotContain("<html", "Tomcat", "Exception");
        }
    }

    // ---------------------------------------------------------------- helpers

    private void assertRateLimited(Raw response, String limit) {
        assertProblem(response, 429, "COMMON_RATE_LIMITED");
        assertThat(response.header("retry-after")).as("Retry-After").matches("[1-3]");
        assertThat(response.json().path("retryAfterSeconds").asText()).isEqualTo(response.header("retry-after"));
        assertThat(response.json().path("limit").asText()).contains(limit);
        assertThat(response.json().path("type").asText()).isEqualTo("urn:kaola:problem:common-rate-limited");
    }

    private void assertProblem(Raw response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("content-type")).as(response.body()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asText()).isEqualTo(code);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
    }

    /** Polls (every 200 ms, at most 15 s) until the call answers {@code status}. */
    private static Raw pollUntil(ThrowingSupplier<Raw> call, int status) throws Exception {
        Instant deadline = Instant.now().plusSeconds(15);
        Raw last = call.get();
        while (last.status() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            last = call.get();
        }
        assertThat(last.status()).as(last.body()).isEqualTo(status);
        return last;
    }

    interface ThrowingSupplier<T> { T get() throws Exception; }

    /** @return a fresh loopback address, 127.0.0.2, 127.0.0.3, ... (each a distinct client IP for the gateway) */
    private static String nextIp() {
        int n = NEXT_IP.getAndIncrement();
        return "127.0." + (n / 250) + "." + (2 + n % 250);
    }

    private static String unique() { return "edge-" + UUID.randomUUID() + "@example.com"; }

    private String register(String ip) throws Exception {
        String email = unique();
        Raw registered = raw(ip, "POST", "/api/auth/register", Map.of(), body(Map.of("email", email, "password", PASSWORD)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return email;
    }

    private Raw login(String ip, String email, String password) throws Exception {
        return raw(ip, "POST", "/api/auth/login", Map.of(), body(Map.of("email", email, "password", password)));
    }

    private byte[] body(Object value) throws Exception { return json.writeValueAsBytes(value); }

    private String token(long userId) {
        return new JwtTokens(SECRET, Duration.ofMinutes(5), Clock.systemUTC())
                .issue(new UserView(userId, "u" + userId + "@example.com", "U", List.of(Role.SHOPPER), Instant.now())).value();
    }

    private HttpResponse<String> upload(String token, String content, boolean wellFormed) throws Exception {
        String boundary = "edge-it-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"products.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + content + (wellFormed ? "\r\n--" + boundary + "--\r\n" : "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/catalog/import"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An HTTP response read off a raw socket; header names in lower case. */
    record Raw(int status, Map<String, String> headers, String body, ObjectMapper mapper) {
        String header(String name) { return headers.get(name); }

        JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** Sends one request from {@code localIp} over a raw socket (so the path goes out byte for byte). */
    private Raw raw(String localIp, String method, String path, Map<String, String> headers, byte[] body) throws IOException {
        try (Socket socket = connect(localIp)) {
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n");
            Map<String, String> all = new LinkedHashMap<>(headers);
            if (body != null) {
                all.putIfAbsent("Content-Type", "application/json");
                all.put("Content-Length", Integer.toString(body.length));
            }
            all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Sends {@code prefix} then {@code fillerBytes} of 'x' as a chunked body, with no Content-Length. */
    private Raw rawChunked(String localIp, String path, String prefix, int fillerBytes) throws IOException {
        try (Socket socket = connect(localIp)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            writeChunk(out, prefix.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(8192).getBytes(StandardCharsets.UTF_8);
            try {
                for (int sent = 0; sent < fillerBytes; sent += chunk.length) writeChunk(out, chunk);
                out.write("0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException closedEarly) {
                // the server may answer and close before the rest is sent; the answer is still there to read
            }
            return read(socket.getInputStream());
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private Socket connect(String localIp) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(localIp, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(20_000);
        return socket;
    }

    private Raw read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        byte[] body = "chunked".equalsIgnoreCase(headers.get("transfer-encoding")) ? dechunk(rest) : rest;
        return new Raw(status, headers, new String(body, StandardCharsets.UTF_8), json);
    }

    private static byte[] dechunk(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < data.length) {
            int lineEnd = indexOf(data, at);
            if (lineEnd < 0) break;
            String sizeLine = new String(data, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) break;
            out.write(data, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length - 1; i++) if (data[i] == '\r' && data[i + 1] == '\n') return i;
        return -1;
    }
}
