package io.kaola.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 through the gateway on the shared stack: ops run a full reduction on a category and issue a threshold
 * coupon; a shopper claims it, fills a cart, sees the best coupon, tries the price, orders from the cart with the
 * coupon and pays. The order matches the trial to the fen, its lines add up, its tax is on the reduced dutiable value,
 * and the coupon ends USED. Ten orders racing for one coupon: one holds it; cancelling gives it back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.Order(4)
class PromotionsIT {
    /** A category no other test orders from, so that this class alone moves its stock. */
    private static final String CATEGORY = "cheese-trays";

    private String api;
    private String opsToken;
    private Shoppers shoppers;
    private final List<String> skus = new ArrayList<>();
    private final Map<String, Long> priceOf = new HashMap<>();
    private long couponTemplateId;
    private long activityId;

    @BeforeAll
    void catalogueAndPromotions() throws Exception {
        Stack stack = Stack.shared();
        api = stack.api();
        opsToken = Shoppers.login(api, stack.opsEmail, stack.opsPassword);
        shoppers = new Shoppers(api, opsToken);
        Stack.Result imported = stack.kaola(Stack.Duration.ofMinutes(3), "import-catalog",
                stack.dataset("commercetools-b2c-lifestyle").toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        for (JsonNode p : Http.get(api + "/products?category=" + CATEGORY + "&page=0&size=50", null).json().path("items")) {
            JsonNode sku = Http.get(api + "/products/" + p.path("spuId").asLong(), null).json().at("/skus/0");
            long price = sku.at("/price/minor").asLong();
            if ("CNY".equals(sku.at("/price/currency").asText()) && price > 1000 && price < 100_000) {
                skus.add(sku.path("skuCode").asText());
                priceOf.put(sku.path("skuCode").asText(), price);
            }
            if (skus.size() == 2) break;
        }
        assertThat(skus).as("two products of " + CATEGORY + " between 10 and 1,000 CNY").hasSize(2);
        for (String sku : skus) {
            Http.Response stocked = Http.put(api + "/admin/stock/" + sku, opsToken, Map.of("quantity", 1_000));
            assertThat(stocked.status()).as(stocked.raw()).isEqualTo(200);
        }

        // 满减 on the category: reached by the cart below (2 × A + 1 × B), 10% of it off
        long cart = 2 * priceOf.get(skus.get(0)) + priceOf.get(skus.get(1));
        Instant now = Instant.now();
        Http.Response activity = Http.post(api + "/admin/activities", opsToken, Map.of("name", "满减 on cheese trays",
                "kind", "FULL_REDUCTION", "tiers", List.of(Map.of("threshold", cny(cart - 1), "amountOff", cny(cart / 10))),
                "scope", Map.of("categoryKeys", List.of(CATEGORY)),
                "startsAt", now.minusSeconds(60).toString(), "endsAt", now.plus(Duration.ofDays(1)).toString()));
        assertThat(activity.status()).as(activity.raw()).isEqualTo(201);
        activityId = activity.json().path("id").asLong();

        // a threshold coupon (满减 coupon) the reduced cart still reaches; an odd amount, so its split leaves a remainder
        Http.Response template = Http.post(api + "/admin/coupon-templates", opsToken, Map.of("name", "10.01 off",
                "kind", "AMOUNT_OFF", "amountOff", cny(1001), "threshold", cny(cart / 2), "totalCount", 100,
                "perUserLimit", 1, "validDays", 7, "scope", Map.of("categoryKeys", List.of(CATEGORY))));
        assertThat(template.status()).as(template.raw()).isEqualTo(201);
        couponTemplateId = template.json().path("id").asLong();
        Http.Response bad = Http.post(api + "/admin/coupon-templates", opsToken, Map.of("name", "bad",
                "kind", "PERCENT_OFF", "percentOff", 120, "totalCount", 1, "perUserLimit", 1, "validDays", 7));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("PROMOTION_INVALID_TEMPLATE");
    }

    @Test @Order(1)
    void a_claimed_threshold_coupon_and_a_full_reduction_price_the_order_to_the_fen_with_tax_on_the_reduced_value() throws Exception {
        String buyer = shoppers.verifiedBuyer("coupon");
        Http.Response listed = Http.get(api + "/coupon-templates", buyer);
        assertThat(listed.status()).as(listed.raw()).isEqualTo(200);
        assertThat(listed.json().findValuesAsText("id")).contains(String.valueOf(couponTemplateId));
        Http.Response claimed = Http.post(api + "/coupon-templates/" + couponTemplateId + "/claim", buyer, null);
        assertThat(claimed.status()).as(claimed.raw()).isEqualTo(201);
        long couponId = claimed.json().path("id").asLong();
        Http.Response again = Http.post(api + "/coupon-templates/" + couponTemplateId + "/claim", buyer, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("PROMOTION_CLAIM_LIMIT_REACHED");

        assertThat(Http.post(api + "/cart/lines", buyer, Map.of("skuCode", skus.get(0), "quantity", 2)).status()).isEqualTo(200);
        JsonNode cart = Http.post(api + "/cart/lines", buyer, Map.of("skuCode", skus.get(1), "quantity", 1)).json();
        assertThat(cart.at("/bestCoupon/couponId").asLong()).as(cart.toString()).isEqualTo(couponId);

        Http.Response trial = Http.post(api + "/price/trial", buyer, Map.of("couponId", couponId, "lines", List.of(
                Map.of("skuCode", skus.get(0), "quantity", 2), Map.of("skuCode", skus.get(1), "quantity", 1))));
        assertThat(trial.status()).as(trial.raw()).isEqualTo(200);
        JsonNode quote = trial.json().path("quote");
        assertThat(quote.at("/coupon/applied").asBoolean()).as(quote.path("coupon").toString()).isTrue();
        assertThat(quote.path("steps").toString()).contains("full-reduction", "coupon");

        Http.Response placed = Http.post(api + "/orders", buyer, Map.of("fromCart", true, "couponId", couponId,
                "address", Shoppers.address(buyer)), UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        JsonNode order = placed.json();
        JsonNode price = order.path("price");
        for (String field : List.of("goods", "discount", "shipping", "tax", "total", "dutiableValue")) {
            assertThat(fen(price, field)).as(field + ": the order is priced as the trial was").isEqualTo(fen(quote, field));
        }
        long cartGoods = 2 * priceOf.get(skus.get(0)) + priceOf.get(skus.get(1));
        assertThat(fen(price, "discount")).as("the full reduction and the coupon").isEqualTo(cartGoods / 10 + 1001);
        assertThat(fen(price, "total")).isEqualTo(fen(price, "goods") - fen(price, "discount") + fen(price, "shipping") + fen(price, "tax"));
        assertThat(fen(price, "dutiableValue")).as("tax falls with the reductions")
                .isEqualTo(fen(price, "goods") - fen(price, "discount") + fen(price, "shipping"));

        long lineTotals = 0, lineDiscounts = 0, lineTax = 0;
        for (JsonNode line : price.path("lines")) {
            long reductions = 0;
            for (JsonNode r : line.path("reductions")) reductions += r.at("/amount/minor").asLong();
            assertThat(reductions).as("the line's reductions are its discount").isEqualTo(fen(line, "discount"));
            assertThat(fen(line, "discount")).isBetween(0L, fen(line, "goods"));
            long dutiable = fen(line, "goods") - fen(line, "discount") + fen(line, "shipping");
            assertThat(fen(line, "dutiableValue")).isEqualTo(dutiable);
            // ordinary goods within the limits: VAT 13% × 70% = 9.1% of the reduced dutiable value (cross-border.md §2)
            assertThat(line.at("/taxBreakdown/vat/minor").asLong()).isBetween(dutiable * 91 / 1000 - 1, dutiable * 91 / 1000 + 1);
            lineTotals += fen(line, "total");
            lineDiscounts += fen(line, "discount");
            lineTax += fen(line, "tax");
        }
        assertThat(lineTotals).as("lines add up to the total").isEqualTo(fen(price, "total"));
        assertThat(lineDiscounts).isEqualTo(fen(price, "discount"));
        assertThat(lineTax).isEqualTo(fen(price, "tax"));
        assertThat(Http.get(api + "/cart", buyer).json().path("lines").size()).as("the cart lines were ordered").isZero();

        String orderNo = order.path("orderNo").asText();
        assertThat(coupon(buyer, couponId).path("status").asText()).isEqualTo("LOCKED");
        assertThat(coupon(buyer, couponId).path("orderNo").asText()).isEqualTo(orderNo);
        shoppers.pay(buyer, orderNo);
        await(Duration.ofSeconds(60), () -> "USED".equals(coupon(buyer, couponId).path("status").asText()) ? "used" : null);
    }

    @Test @Order(2)
    void ten_orders_racing_with_one_coupon_place_one_and_cancelling_it_gives_the_coupon_back() throws Exception {
        String buyer = shoppers.verifiedBuyer("race");
        long couponId = Http.post(api + "/coupon-templates/" + couponTemplateId + "/claim", buyer, null).json().path("id").asLong();
        Map<String, Object> body = Map.of("couponId", couponId, "address", Shoppers.address(buyer),
                "lines", List.of(Map.of("skuCode", skus.get(0), "quantity", 2), Map.of("skuCode", skus.get(1), "quantity", 1)));

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<String> placed = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    Http.Response r = Http.post(api + "/orders", buyer, body, UUID.randomUUID().toString());
                    String outcome = r.status() + " " + (r.status() == 201 ? "" : r.code());
                    if (r.status() == 201) placed.add(r.json().path("orderNo").asText());
                    outcomes.computeIfAbsent(outcome.strip(), k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> call : calls) call.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes.get("201")).as(outcomes.toString()).hasValue(1);
        assertThat(outcomes.get("409 PROMOTION_COUPON_NOT_USABLE")).as(outcomes.toString()).hasValue(9);
        assertThat(coupon(buyer, couponId).path("orderNo").asText()).isEqualTo(placed.get(0));

        Http.Response cancelled = Http.post(api + "/orders/" + placed.get(0) + "/cancel", buyer, null);
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        JsonNode back = coupon(buyer, couponId);
        assertThat(back.path("status").asText()).isEqualTo("UNUSED");
        assertThat(back.path("orderNo").isNull() || back.path("orderNo").isMissingNode()).as(back.toString()).isTrue();
    }

    @Test @Order(3)
    void the_pre_built_home_and_activity_pages_show_the_running_activity_to_anyone() throws Exception {
        await(Duration.ofSeconds(60), () -> {
            Http.Response home = Http.get(api + "/home", null);
            return home.status() == 200 && home.raw().contains("\"id\":" + activityId + ",") ? "built" : null;
        });
        JsonNode home = Http.get(api + "/home", null).json();
        assertThat(home.path("categories").size()).isPositive();
        assertThat(home.path("featured").size()).isPositive();
        assertThat(home.path("featured").findValuesAsText("currency")).as("featured products priced in CNY").contains("CNY");
        JsonNode page = Http.get(api + "/activities/" + activityId, null).json();
        assertThat(page.at("/activity/id").asLong()).isEqualTo(activityId);
        assertThat(page.path("running").asBoolean()).isTrue();
        assertThat(Http.get(api + "/activities/999999999", null).code()).isEqualTo("PROMOTION_ACTIVITY_NOT_FOUND");
    }

    private JsonNode coupon(String buyer, long couponId) throws Exception {
        for (JsonNode c : Http.get(api + "/me/coupons", buyer).json()) if (c.path("id").asLong() == couponId) return c;
        throw new AssertionError("coupon " + couponId + " is not among the buyer's");
    }

    private static Map<String, Object> cny(long fen) { return Map.of("minor", fen, "currency", "CNY"); }

    private static long fen(JsonNode node, String field) { return node.path(field).path("minor").asLong(); }

    private static void await(Duration patience, Callable<String> probe) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (probe.call() == null) {
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + patience);
            Thread.sleep(250);
        }
    }
}
