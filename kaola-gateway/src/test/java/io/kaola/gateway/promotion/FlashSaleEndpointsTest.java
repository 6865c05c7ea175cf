package io.kaola.gateway.promotion;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.gateway.auth.JwtTokens;
import io.kaola.gateway.config.JsonConfig;
import io.kaola.gateway.config.LimitsProperties;
import io.kaola.gateway.config.RedactingJsonConverter;
import io.kaola.gateway.config.WebConfig;
import io.kaola.gateway.limits.EdgeLimits;
import io.kaola.gateway.limits.LimitRule;
import io.kaola.gateway.limits.Limiter;
import io.kaola.gateway.problem.ProblemAdvice;
import io.kaola.gateway.problem.TraceIdFilter;
import io.kaola.order.api.ShippingAddress;
import io.kaola.promotion.api.AttemptStatus;
import io.kaola.promotion.api.AttemptToken;
import io.kaola.promotion.api.AttemptView;
import io.kaola.promotion.api.CreateFlashSaleRequest;
import io.kaola.promotion.api.FlashSaleAttemptRequest;
import io.kaola.promotion.api.FlashSaleReconciliation;
import io.kaola.promotion.api.FlashSaleService;
import io.kaola.promotion.api.FlashSaleView;
import io.kaola.promotion.api.PromotionError;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The flash-sale endpoints in Spring MVC with the gateway's own path rules ({@link WebConfig}: which paths are public,
 * which need a token, which the OPS role), JSON (strict scalars, Money as {minor, currency}), problem mapping and edge
 * limits on a counting table (EdgeLimitsIT checks windows on Redis). kaola-promotion is a stand-in that records what
 * it was asked; no Spring Boot, Dubbo or Redis.
 */
class FlashSaleEndpointsTest {
    static final String SECRET = "flash-sale-endpoints-test-secret-32-bytes";
    static final Instant NOW = Instant.parse("2026-06-18T01:59:58Z");
    static final Instant STARTS = Instant.parse("2026-06-18T02:00:00Z");
    static final Instant ENDS = Instant.parse("2026-06-18T04:00:00Z");
    static final FlashSaleView SALE = new FlashSaleView(7, "618 奶酪秒杀", "SKU-7", Money.cny(9900), 100, 1, STARTS, ENDS,
            "HELD", "UPCOMING", 100, 0);
    static final String ATTEMPT_ID = "7-0123456789abcdef0123456789abcdef";
    static final ShippingAddress ADDRESS = new ShippingAddress("李雷", "13800138000", "浙江省", "杭州市", "滨江区", "网商路 599 号");

    /** kaola-promotion: answers {@link #SALE} and friends, records each call; {@link #refusal} is thrown when set. */
    static final class StandInSales implements FlashSaleService {
        final List<String> calls = new ArrayList<>();
        final Map<String, Object> asked = new HashMap<>();
        KaolaException refusal;

        private void called(String method, Object argument) {
            calls.add(method);
            asked.put(method, argument);
            if (refusal != null) throw refusal;
        }

        @Override public FlashSaleView createFlashSale(CreateFlashSaleRequest request) { called("createFlashSale", request); return SALE; }
        @Override public FlashSaleView flashSale(long saleId) { called("flashSale", saleId); return SALE; }
        @Override public List<FlashSaleView> currentFlashSales(Instant at) { called("currentFlashSales", at); return List.of(SALE); }

        @Override
        public AttemptToken issueToken(long saleId, long userId) {
            called("issueToken", List.of(saleId, userId));
            return new AttemptToken("0123456789abcdef0123456789abcdef", NOW.plusSeconds(30));
        }

        @Override
        public AttemptView attempt(FlashSaleAttemptRequest request) {
            called("attempt", request);
            return new AttemptView(ATTEMPT_ID, request.saleId(), AttemptStatus.QUEUED, null, null);
        }

        @Override
        public AttemptView attemptStatus(long userId, String attemptId) {
            called("attemptStatus", List.of(userId, attemptId));
            return new AttemptView(attemptId, 7, AttemptStatus.ORDERED, "FS202606180001", null);
        }

        @Override public FlashSaleView endFlashSale(long saleId) { called("endFlashSale", saleId); return SALE; }

        @Override
        public FlashSaleReconciliation reconcile(long saleId) {
            called("reconcile", saleId);
            return new FlashSaleReconciliation(saleId, 40, 2, 57, 1, 42, "OPEN", 0, false, List.of("in step"));
        }
    }

    /** Counts per (rule, subject), never forgetting. */
    static final class Counts implements Limiter {
        final Map<String, Integer> used = new HashMap<>();

        @Override public boolean isExhausted(String name, LimitRule rule, String subject) {
            return used.getOrDefault(name + "|" + subject, 0) >= rule.permits();
        }

        @Override public boolean tryAcquire(String name, LimitRule rule, String subject) {
            if (isExhausted(name, rule, subject)) return false;
            used.merge(name + "|" + subject, 1, Integer::sum);
            return true;
        }

        @Override public void reset(String name, LimitRule rule, String subject) { used.remove(name + "|" + subject); }
    }

    /** What the next context is wired with (a fresh context per test, built in the constructor). */
    static final StandInSales[] SALES_HOLDER = new StandInSales[1];
    static final Counts[] COUNTS_HOLDER = new Counts[1];

    /** The gateway's MVC as far as these endpoints go: its path rules, advice, JSON, and the two controllers. */
    @Configuration
    @EnableWebMvc
    @Import({WebConfig.class, ProblemAdvice.class, FlashSaleController.class, FlashSaleAdminController.class})
    static class Wiring implements WebMvcConfigurer {
        @Bean JwtTokens jwtTokens() { return new JwtTokens(SECRET, Duration.ofMinutes(5), Clock.systemUTC()); }
        @Bean FlashSaleService flashSaleService() { return SALES_HOLDER[0]; }
        @Bean Clock clock() { return Clock.fixed(NOW, ZoneOffset.ofHours(8)); }

        /** seckill-per-user 3 per 10 s, seckill-per-ip 5 per 10 s. */
        @Bean EdgeLimits edgeLimits() {
            return new EdgeLimits(COUNTS_HOLDER[0], new LimitsProperties(true, null, null, null, null, null, null,
                    new LimitRule(3, Duration.ofSeconds(10)), new LimitRule(5, Duration.ofSeconds(10)), null));
        }

        @Override
        public void configureMessageConverters(List<HttpMessageConverter<?>> converters) {
            converters.add(new RedactingJsonConverter(gatewayJson()));
        }
    }

    /** As Spring Boot builds it with JsonConfig and application.yml (write-dates-as-timestamps: false). */
    static ObjectMapper gatewayJson() {
        Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json()
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonConfig config = new JsonConfig();
        config.moneyAsMinorAndCurrency().customize(builder);
        config.strictScalars().customize(builder);
        return builder.build();
    }

    private final StandInSales sales = new StandInSales();
    private final Counts counts = new Counts();
    private final AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
    private final MockMvc mvc;
    private final ObjectMapper json = gatewayJson();

    FlashSaleEndpointsTest() {
        SALES_HOLDER[0] = sales;
        COUNTS_HOLDER[0] = counts;
        context.setServletContext(new MockServletContext());
        context.register(Wiring.class);
        context.refresh();
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(new TraceIdFilter()).build();
    }

    @AfterEach
    void close() { context.close(); }

    // ---------------------------------------------------------------- ops

    @Test
    void ops_create_a_sale_from_the_body_and_get_the_view_with_money_as_minor_and_currency() throws Exception {
        String body = """
                {"name": "618 奶酪秒杀", "skuCode": "SKU-7", "price": {"minor": 9900, "currency": "CNY"}, "units": 100,
                 "perUserLimit": 1, "startsAt": "2026-06-18T02:00:00Z", "endsAt": "2026-06-18T04:00:00Z"}""";

        MvcResult result = mvc.perform(post("/api/admin/flash-sales").header("Authorization", bearer(9, Role.OPS))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.price.minor").value(9900))
                .andExpect(jsonPath("$.price.currency").value("CNY"))
                .andExpect(jsonPath("$.startsAt").value("2026-06-18T02:00:00Z"))
                .andExpect(jsonPath("$.phase").value("UPCOMING"))
                .andExpect(jsonPath("$.unitsLeft").value(100))
                .andReturn();

        assertThat(sales.asked.get("createFlashSale")).isEqualTo(new CreateFlashSaleRequest("618 奶酪秒杀", "SKU-7",
                Money.cny(9900), 100, 1, STARTS, ENDS));
        assertThat(result.getResponse().getContentAsString()).doesNotContain("negative");
    }

    @Test
    void absent_numbers_go_to_promotion_as_zero_and_its_refusal_names_the_field() throws Exception {
        sales.refusal = PromotionError.INVALID_FLASH_SALE.exception("units must be 1..100000, not 0");

        mvc.perform(post("/api/admin/flash-sales").header("Authorization", bearer(9, Role.OPS))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"skuCode\": \"SKU-7\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PROMOTION_INVALID_FLASH_SALE"))
                .andExpect(jsonPath("$.detail").value("units must be 1..100000, not 0"));

        assertThat(sales.asked.get("createFlashSale"))
                .isEqualTo(new CreateFlashSaleRequest(null, "SKU-7", null, 0, 0, null, null));
    }

    @Test
    void a_body_of_the_wrong_shape_is_refused_naming_the_field_before_promotion_is_asked() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"units\": \"100\"}", "units");
        bodies.put("{\"units\": 2.5}", "units");
        bodies.put("{\"perUserLimit\": true}", "perUserLimit");
        bodies.put("{\"skuCode\": 7}", "skuCode");
        bodies.put("{\"price\": {\"minor\": 99.5, \"currency\": \"CNY\"}}", "price.minor");
        bodies.put("{\"price\": {\"minor\": \"9900\", \"currency\": \"CNY\"}}", "price.minor");
        bodies.put("{\"startsAt\": \"tomorrow at two\"}", "startsAt");
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            mvc.perform(post("/api/admin/flash-sales").header("Authorization", bearer(9, Role.OPS))
                            .contentType(MediaType.APPLICATION_JSON).content(bad.getKey()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(bad.getValue())));
        }
        mvc.perform(post("/api/admin/flash-sales").header("Authorization", bearer(9, Role.OPS))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"price\": {\"minor\": 9900, \"currency\": \"cny\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"));
        mvc.perform(post("/api/admin/flash-sales").header("Authorization", bearer(9, Role.OPS))
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"));
        mvc.perform(post("/api/admin/flash-sales").header("Authorization", bearer(9, Role.OPS))
                        .contentType(MediaType.APPLICATION_JSON).content("null"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"));

        assertThat(sales.calls).isEmpty();
    }

    @Test
    void ops_read_end_and_reconcile_a_sale() throws Exception {
        String ops = bearer(9, Role.OPS);
        mvc.perform(get("/api/admin/flash-sales/7").header("Authorization", ops))
                .andExpect(status().isOk()).andExpect(jsonPath("$.skuCode").value("SKU-7"));
        mvc.perform(post("/api/admin/flash-sales/7/end").header("Authorization", ops))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(7));
        mvc.perform(post("/api/admin/flash-sales/7/reconcile").header("Authorization", ops))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saleId").value(7))
                .andExpect(jsonPath("$.holdRemaining").value(42))
                .andExpect(jsonPath("$.holdStatus").value("OPEN"))
                .andExpect(jsonPath("$.drift").value(0))
                .andExpect(jsonPath("$.repaired").value(false))
                .andExpect(jsonPath("$.notes[0]").value("in step"));

        assertThat(sales.calls).containsExactly("flashSale", "endFlashSale", "reconcile");
        assertThat(sales.asked).containsEntry("endFlashSale", 7L).containsEntry("reconcile", 7L);
    }

    @Test
    void the_ops_endpoints_are_for_ops_only() throws Exception {
        mvc.perform(post("/api/admin/flash-sales").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("COMMON_UNAUTHENTICATED"));
        for (MockHttpServletRequestBuilder request : List.of(
                post("/api/admin/flash-sales").contentType(MediaType.APPLICATION_JSON).content("{}"),
                get("/api/admin/flash-sales/7"), post("/api/admin/flash-sales/7/end"),
                post("/api/admin/flash-sales/7/reconcile"))) {
            mvc.perform(request.header("Authorization", bearer(5, Role.SHOPPER)))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("COMMON_FORBIDDEN"));
        }
        assertThat(sales.calls).isEmpty();
    }

    // ---------------------------------------------------------------- shoppers

    @Test
    void anyone_reads_the_current_sales_and_one_sale_and_a_second_read_within_a_second_is_served_from_memory() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/flash-sales"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].id").value(7))
                    .andExpect(jsonPath("$[0].price.minor").value(9900))
                    .andExpect(jsonPath("$[0].endsAt").value("2026-06-18T04:00:00Z"));
            mvc.perform(get("/api/flash-sales/7"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.perUserLimit").value(1));
        }

        assertThat(sales.calls).containsExactly("currentFlashSales", "flashSale");
        assertThat(sales.asked).containsEntry("currentFlashSales", NOW).containsEntry("flashSale", 7L);
    }

    @Test
    void a_refused_read_is_never_kept() throws Exception {
        sales.refusal = PromotionError.FLASH_SALE_NOT_FOUND.exception("no flash sale 8");
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/flash-sales/8"))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("PROMOTION_FLASH_SALE_NOT_FOUND"));
        }
        assertThat(sales.calls).containsExactly("flashSale", "flashSale");
    }

    @Test
    void only_the_two_reads_are_public() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(post("/api/flash-sales/7/tokens"),
                post("/api/flash-sales/7/attempts").contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"t\"}"),
                get("/api/flash-sales/attempts/" + ATTEMPT_ID))) {
            mvc.perform(request)
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer"))
                    .andExpect(jsonPath("$.code").value("COMMON_UNAUTHENTICATED"));
        }
        assertThat(sales.calls).isEmpty();
        assertThat(counts.used).as("a refused anonymous request is not counted").isEmpty();
    }

    @Test
    void a_shopper_gets_a_token_for_themself() throws Exception {
        mvc.perform(shopper(post("/api/flash-sales/7/tokens"), 5, "10.1.0.1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value("0123456789abcdef0123456789abcdef"))
                .andExpect(jsonPath("$.expiresAt").value("2026-06-18T02:00:28Z"));

        assertThat(sales.asked.get("issueToken")).isEqualTo(List.of(7L, 5L));
    }

    @Test
    void an_attempt_is_for_the_caller_and_the_sale_of_the_path_and_answers_202_queued() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", "0123456789abcdef0123456789abcdef");
        body.put("address", ADDRESS);

        String answer = mvc.perform(shopper(post("/api/flash-sales/7/attempts"), 5, "10.1.0.2")
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.attemptId").value(ATTEMPT_ID))
                .andExpect(jsonPath("$.saleId").value(7))
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("\"orderNo\":null", "\"reason\":null");
        assertThat(sales.asked.get("attempt")).isEqualTo(new FlashSaleAttemptRequest(7, 5,
                "0123456789abcdef0123456789abcdef", ADDRESS, null));

        mvc.perform(shopper(post("/api/flash-sales/7/attempts"), 5, "10.1.0.2")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"t2\", \"addressId\": 12}"))
                .andExpect(status().isAccepted());
        assertThat(sales.asked.get("attempt")).isEqualTo(new FlashSaleAttemptRequest(7, 5, "t2", null, 12L));
    }

    @Test
    void an_attempt_body_of_the_wrong_shape_is_refused_and_costs_no_permit() throws Exception {
        for (String bad : new String[]{"{\"token\": 12345}", "{\"token\": \"t\", \"addressId\": \"12\"}",
                "{\"token\": \"t\", \"addressId\": 1.5}", "{\"token\": \"t\", \"address\": \"杭州\"}", "{\"token\": ", "null"}) {
            mvc.perform(shopper(post("/api/flash-sales/7/attempts"), 5, "10.1.0.3")
                            .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"));
        }
        mvc.perform(shopper(post("/api/flash-sales/x/attempts"), 5, "10.1.0.3")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"t\"}"))
                .andExpect(status().isBadRequest());

        assertThat(sales.calls).isEmpty();
        assertThat(counts.used).isEmpty();
    }

    @Test
    void a_shopper_polls_their_attempt() throws Exception {
        mvc.perform(shopper(get("/api/flash-sales/attempts/" + ATTEMPT_ID), 5, "10.1.0.4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attemptId").value(ATTEMPT_ID))
                .andExpect(jsonPath("$.status").value("ORDERED"))
                .andExpect(jsonPath("$.orderNo").value("FS202606180001"));

        assertThat(sales.asked.get("attemptStatus")).isEqualTo(List.of(5L, ATTEMPT_ID));
        assertThat(counts.used).as("polling is not counted").isEmpty();
    }

    @Test
    void tokens_and_attempts_together_are_limited_per_user_with_retry_after_and_a_refused_one_never_reaches_promotion()
            throws Exception {
        mvc.perform(shopper(post("/api/flash-sales/7/tokens"), 5, "10.1.1.1")).andExpect(status().isCreated());
        mvc.perform(shopper(post("/api/flash-sales/7/attempts"), 5, "10.1.1.2")
                .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"t\", \"addressId\": 1}")).andExpect(status().isAccepted());
        mvc.perform(shopper(post("/api/flash-sales/7/tokens"), 5, "10.1.1.3")).andExpect(status().isCreated());

        for (MockHttpServletRequestBuilder over : List.of(shopper(post("/api/flash-sales/7/tokens"), 5, "10.1.1.4"),
                shopper(post("/api/flash-sales/7/attempts"), 5, "10.1.1.4")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"t\", \"addressId\": 1}"))) {
            mvc.perform(over)
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("Retry-After", "10"))
                    .andExpect(jsonPath("$.code").value("COMMON_RATE_LIMITED"))
                    .andExpect(jsonPath("$.type").value("urn:kaola:problem:common-rate-limited"))
                    .andExpect(jsonPath("$.limit").value("seckill-user"))
                    .andExpect(jsonPath("$.retryAfterSeconds").value("10"));
        }
        assertThat(sales.calls).containsExactly("issueToken", "attempt", "issueToken");
        mvc.perform(shopper(post("/api/flash-sales/7/tokens"), 6, "10.1.1.4")).andExpect(status().isCreated());
    }

    @Test
    void many_shoppers_from_one_address_are_limited_per_ip() throws Exception {
        for (long user = 11; user <= 15; user++) {
            mvc.perform(shopper(post("/api/flash-sales/7/tokens"), user, "10.1.2.1")).andExpect(status().isCreated());
        }

        mvc.perform(shopper(post("/api/flash-sales/7/tokens"), 16, "10.1.2.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.limit").value("seckill-ip"));
        mvc.perform(shopper(post("/api/flash-sales/7/tokens"), 16, "10.1.2.2")).andExpect(status().isCreated());
        assertThat(sales.calls).hasSize(6);
    }

    @Test
    void a_busy_sku_is_429_with_retry_after_one_second_unless_promotion_names_another() throws Exception {
        sales.refusal = PromotionError.FLASH_SALE_BUSY.exception("too many attempts on SKU-7 right now");
        mvc.perform(shopper(post("/api/flash-sales/7/attempts"), 5, "10.1.3.1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"t\", \"addressId\": 1}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.code").value("PROMOTION_FLASH_SALE_BUSY"))
                .andExpect(jsonPath("$.type").value("urn:kaola:problem:promotion-flash-sale-busy"))
                .andExpect(jsonPath("$.retryAfterSeconds").value("1"));

        sales.refusal = PromotionError.FLASH_SALE_BUSY.exception("busy").with("retryAfterSeconds", 3);
        mvc.perform(shopper(post("/api/flash-sales/7/attempts"), 6, "10.1.3.1")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"t\", \"addressId\": 1}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "3"));
    }

    @Test
    void every_flash_sale_refusal_has_the_status_of_its_kind_and_only_busy_says_when_to_come_back() throws Exception {
        Map<PromotionError, Integer> expected = new LinkedHashMap<>();
        expected.put(PromotionError.INVALID_FLASH_SALE, 400);
        expected.put(PromotionError.FLASH_SALE_NOT_FOUND, 404);
        expected.put(PromotionError.FLASH_SALE_NOT_STARTED, 409);
        expected.put(PromotionError.FLASH_SALE_ENDED, 409);
        expected.put(PromotionError.FLASH_SALE_SOLD_OUT, 409);
        expected.put(PromotionError.FLASH_SALE_LIMIT_REACHED, 409);
        expected.put(PromotionError.FLASH_SALE_BAD_TOKEN, 409);
        expected.put(PromotionError.FLASH_SALE_BUSY, 429);
        expected.put(PromotionError.ATTEMPT_NOT_FOUND, 404);
        long user = 100;
        for (Map.Entry<PromotionError, Integer> row : expected.entrySet()) {
            sales.refusal = row.getKey().exception("refused: " + row.getKey());
            MvcResult result = mvc.perform(shopper(post("/api/flash-sales/7/attempts"), user++, "10.1.4." + user)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"t\", \"addressId\": 1}"))
                    .andExpect(status().is(row.getValue()))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value(row.getKey().code()))
                    .andExpect(jsonPath("$.title").value(row.getKey().title()))
                    .andReturn();
            assertThat(result.getResponse().getHeader("Retry-After")).as(row.getKey().code())
                    .isEqualTo(row.getKey() == PromotionError.FLASH_SALE_BUSY ? "1" : null);
        }
    }

    private MockHttpServletRequestBuilder shopper(MockHttpServletRequestBuilder request, long userId, String ip) {
        return request.header("Authorization", bearer(userId, Role.SHOPPER)).with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
    }

    private static String bearer(long userId, Role... roles) {
        List<Role> all = new ArrayList<>(List.of(Role.SHOPPER));
        for (Role role : roles) if (!all.contains(role)) all.add(role);
        return "Bearer " + new JwtTokens(SECRET, Duration.ofMinutes(5), Clock.systemUTC())
                .issue(new UserView(userId, "u" + userId + "@example.com", "U", all, Instant.now())).value();
    }
}
