package io.kaola.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.money.Money;
import io.kaola.devinfra.TestInfra;
import io.kaola.pricing.api.FxRateView;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway on a real port with a stand-in UserService exported over Dubbo in the same context;
 * no other provider runs, so calls to them show the 503 path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dubbo.protocol.port=-1", "kaola.gateway.jwt-secret=gateway-it-secret-of-at-least-32-bytes"})
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

    @TestConfiguration
    static class StandIns {
        /** Exported through Dubbo like the real provider, but not a UserService bean (the gateway's is the reference). */
        @Bean
        ServiceBean<UserService> userServiceStandIn(ApplicationContext context) {
            ServiceBean<UserService> service = new ServiceBean<>(context);
            service.setInterface(UserService.class);
            service.setRef(new InMemoryUsers());
            return service;
        }
    }

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @BeforeEach
    void waitForTheStandInProvider() throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (send("GET", "/api/me", token(999), null).status() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
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
                "/api/admin/fx-rates", "/api/admin/fx-rates/{currency}");
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
