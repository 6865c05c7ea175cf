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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 §4 through the gateway on the shared stack: ops create a flash sale (units move from the SKU's stock into
 * a hold); an attempt needs a one-time token; an unverified buyer's admitted attempt FAILS with the reason and gives
 * its unit back; eight verified buyers racing for six units get exactly six orders at the flash price and two
 * SOLD_OUT; the per-user limit holds; a cancelled flash order's unit goes back to the hold and the reconciliation puts
 * it back on sale; ending the sale returns the unsold unit to stock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.Order(5)
class FlashSaleIT {
    /** A category no other test orders from. */
    private static final String CATEGORY = "glassware";
    private static final int STOCK = 50;
    private static final int UNITS = 6;

    private String api;
    private String opsToken;
    private Shoppers shoppers;
    private String sku;
    private long price;
    private long flashPrice;
    private long saleId;
    private final List<String> orders = new ArrayList<>();
    private final List<String> winners = new ArrayList<>();

    @BeforeAll
    void aFlashSale() throws Exception {
        Stack stack = Stack.shared();
        api = stack.api();
        opsToken = Shoppers.login(api, stack.opsEmail, stack.opsPassword);
        shoppers = new Shoppers(api, opsToken);
        Stack.Result imported = stack.kaola(Stack.Duration.ofMinutes(3), "import-catalog",
                stack.dataset("commercetools-b2c-lifestyle").toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        for (JsonNode p : Http.get(api + "/products?category=" + CATEGORY + "&page=0&size=50", null).json().path("items")) {
            JsonNode s = Http.get(api + "/products/" + p.path("spuId").asLong(), null).json().at("/skus/0");
            if ("CNY".equals(s.at("/price/currency").asText()) && s.at("/price/minor").asLong() > 2000
                    && s.at("/price/minor").asLong() < 200_000) {
                sku = s.path("skuCode").asText();
                price = s.at("/price/minor").asLong();
                break;
            }
        }
        assertThat(sku).as("a product of " + CATEGORY + " between 20 and 2,000 CNY").isNotNull();
        assertThat(Http.put(api + "/admin/stock/" + sku, opsToken, Map.of("quantity", STOCK)).status()).isEqualTo(200);
        flashPrice = price / 2 + 1;
    }

    @Test @Order(1)
    void ops_create_a_flash_sale_and_its_units_leave_the_available_stock() throws Exception {
        Http.Response bad = Http.post(api + "/admin/flash-sales", opsToken, sale(0));
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("PROMOTION_INVALID_FLASH_SALE");
        Http.Response tooMany = Http.post(api + "/admin/flash-sales", opsToken, sale(STOCK + 1));
        assertThat(tooMany.status()).as(tooMany.raw()).isEqualTo(409);
        assertThat(tooMany.code()).isEqualTo("INVENTORY_INSUFFICIENT_STOCK");
        assertThat(available()).as("a refused sale holds nothing").isEqualTo(STOCK);

        Http.Response created = Http.post(api + "/admin/flash-sales", opsToken, sale(UNITS));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        saleId = created.json().path("id").asLong();
        assertThat(available()).as("the units moved into the sale").isEqualTo(STOCK - UNITS);

        JsonNode page = Http.get(api + "/flash-sales/" + saleId, null).json();
        assertThat(page.path("phase").asText()).as(page.toString()).isEqualTo("ON_SALE");
        assertThat(page.path("unitsLeft").asInt()).isEqualTo(UNITS);
        assertThat(Http.get(api + "/flash-sales", null).json().findValuesAsText("id")).contains(String.valueOf(saleId));
    }

    @Test @Order(2)
    void an_attempt_needs_a_one_time_token_and_an_unverified_buyers_attempt_fails_and_gives_its_unit_back() throws Exception {
        String unverified = registered();
        Http.Response noToken = attempt(unverified, "not-a-token");
        assertThat(noToken.status()).as(noToken.raw()).isEqualTo(409);
        assertThat(noToken.code()).isEqualTo("PROMOTION_FLASH_SALE_BAD_TOKEN");

        String token = token(unverified);
        Http.Response admitted = attempt(unverified, token);
        assertThat(admitted.status()).as(admitted.raw()).isEqualTo(202);
        Http.Response reused = attempt(unverified, token);
        assertThat(reused.code()).as("a token admits one attempt").isEqualTo("PROMOTION_FLASH_SALE_BAD_TOKEN");
        JsonNode failed = settled(unverified, admitted.json().path("attemptId").asText());
        assertThat(failed.path("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.path("reason").asText()).isEqualTo("CROSSBORDER_BUYER_NOT_VERIFIED");
        assertThat(Http.get(api + "/flash-sales/" + saleId, null).json().path("unitsLeft").asInt())
                .as("the failed attempt's unit is back").isEqualTo(UNITS);

        String other = shoppers.verifiedBuyer("flash-nosy");
        Http.Response nosy = Http.get(api + "/flash-sales/attempts/" + admitted.json().path("attemptId").asText(), other);
        assertThat(nosy.status()).as("another shopper's attempt is not found").isEqualTo(404);
    }

    @Test @Order(3)
    void eight_verified_buyers_racing_for_six_units_get_exactly_six_orders_at_the_flash_price() throws Exception {
        List<String> buyers = new ArrayList<>();
        for (int i = 0; i < UNITS + 2; i++) buyers.add(shoppers.verifiedBuyer("flash"));
        List<String> tokens = new ArrayList<>();
        for (String buyer : buyers) tokens.add(token(buyer));
        ExecutorService pool = Executors.newFixedThreadPool(buyers.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < buyers.size(); i++) {
            String buyer = buyers.get(i), token = tokens.get(i);
            answers.add(pool.submit((Callable<Http.Response>) () -> { start.await(); return attempt(buyer, token); }));
        }
        start.countDown();
        List<String[]> admitted = new ArrayList<>();
        int soldOut = 0;
        for (int i = 0; i < buyers.size(); i++) {
            Http.Response r = answers.get(i).get();
            if (r.status() == 202) admitted.add(new String[]{buyers.get(i), r.json().path("attemptId").asText()});
            else if ("PROMOTION_FLASH_SALE_SOLD_OUT".equals(r.code())) soldOut++;
            else throw new AssertionError("unexpected answer " + r.status() + " " + r.raw());
        }
        pool.shutdown();
        assertThat(admitted).as("exactly the units").hasSize(UNITS);
        assertThat(soldOut).isEqualTo(2);

        for (String[] a : admitted) {
            JsonNode attempt = settled(a[0], a[1]);
            assertThat(attempt.path("status").asText()).as(attempt.toString()).isEqualTo("ORDERED");
            String orderNo = attempt.path("orderNo").asText();
            JsonNode order = Http.get(api + "/orders/" + orderNo, a[0]).json();
            assertThat(order.path("status").asText()).isEqualTo("PENDING_PAYMENT");
            JsonNode p = order.path("price");
            assertThat(p.at("/goods/minor").asLong() - p.at("/discount/minor").asLong())
                    .as("one unit at the flash price").isEqualTo(flashPrice);
            assertThat(p.at("/dutiableValue/minor").asLong()).as("tax on the flash price")
                    .isEqualTo(flashPrice + p.at("/shipping/minor").asLong());
            orders.add(orderNo);
            winners.add(a[0]);
        }
        assertThat(orders).doesNotHaveDuplicates();
        assertThat(available()).as("normal stock untouched by the sale's orders").isEqualTo(STOCK - UNITS);

        Http.Response again = attempt(winners.get(0), token(winners.get(0)));
        assertThat(again.code()).as(again.raw()).isIn("PROMOTION_FLASH_SALE_LIMIT_REACHED", "PROMOTION_FLASH_SALE_SOLD_OUT");
        JsonNode report = Http.post(api + "/admin/flash-sales/" + saleId + "/reconcile", opsToken, null).json();
        assertThat(report.path("drift").asInt()).as(report.toString()).isZero();
        assertThat(report.path("ordered").asInt()).isEqualTo(UNITS);
    }

    @Test @Order(4)
    void a_cancelled_flash_order_returns_its_unit_to_the_sale_and_ending_the_sale_returns_it_to_stock() throws Exception {
        Http.Response cancelled = Http.post(api + "/orders/" + orders.get(0) + "/cancel", winners.get(0), null);
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        JsonNode report = null;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            report = Http.post(api + "/admin/flash-sales/" + saleId + "/reconcile", opsToken, null).json();
            if (report.path("repaired").asBoolean()) break;
            Thread.sleep(300);
        }
        assertThat(report.path("repaired").asBoolean()).as("the drift is repaired once two runs saw it: " + report).isTrue();
        assertThat(Http.get(api + "/flash-sales/" + saleId, null).json().path("unitsLeft").asInt()).isEqualTo(1);

        JsonNode ended = Http.post(api + "/admin/flash-sales/" + saleId + "/end", opsToken, null).json();
        assertThat(ended.path("status").asText()).as(ended.toString()).isEqualTo("ENDED");
        assertThat(ended.path("returned").asInt()).isEqualTo(1);
        assertThat(available()).as("the unsold unit is back in stock").isEqualTo(STOCK - UNITS + 1);
        Http.Response late = attempt(winners.get(1), "any");
        assertThat(late.code()).as(late.raw()).isIn("PROMOTION_FLASH_SALE_ENDED", "PROMOTION_FLASH_SALE_BAD_TOKEN");
    }

    private Map<String, Object> sale(int units) {
        Instant now = Instant.now();
        return Map.of("name", "秒杀 " + CATEGORY, "skuCode", sku, "price", Map.of("minor", flashPrice, "currency", "CNY"),
                "units", units, "perUserLimit", 1, "startsAt", now.minusSeconds(1).toString(),
                "endsAt", now.plus(Duration.ofMinutes(30)).toString());
    }

    private String registered() throws Exception {
        String email = "flash-" + UUID.randomUUID() + "@example.com";
        Http.Response r = Http.post(api + "/auth/register", null,
                Map.of("email", email, "password", "correct-horse-battery", "displayName", "Shopper"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return Shoppers.login(api, email, "correct-horse-battery");
    }

    private String token(String buyer) throws Exception {
        Http.Response r = Http.post(api + "/flash-sales/" + saleId + "/tokens", buyer, null);
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.json().path("token").asText();
    }

    private Http.Response attempt(String buyer, String token) throws Exception {
        return Http.post(api + "/flash-sales/" + saleId + "/attempts", buyer, Map.of("token", token, "address", Shoppers.address(buyer)));
    }

    /** Polls the attempt until it is no longer QUEUED (30 s at most). */
    private JsonNode settled(String buyer, String attemptId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonNode attempt;
        do {
            Http.Response r = Http.get(api + "/flash-sales/attempts/" + attemptId, buyer);
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
            attempt = r.json();
            if (!"QUEUED".equals(attempt.path("status").asText())) return attempt;
            Thread.sleep(100);
        } while (Instant.now().isBefore(deadline));
        return attempt;
    }

    private long available() throws Exception {
        return Http.get(api + "/admin/stock?sku=" + sku, opsToken).json().at("/0/available").asLong();
    }
}
