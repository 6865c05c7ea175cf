package io.kaola.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton end to end: {@code ./kaola up} on the packaged jars, then over HTTP only,
 * with the real b2c-lifestyle catalogue: import, register, log in, browse, order two SKUs, pay
 * through the sandbox provider, see PAID and the stock go down; then 50 buyers race for the last
 * 5 units; then a second product provider takes over when the first stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopperJourneyIT {
    private static final Map<String, Object> ADDRESS = Map.of("consignee", "李雷", "phone", "13800138000",
            "province", "浙江省", "city", "杭州市", "district", "滨江区", "detail", "网商路 599 号");

    private final Stack stack = new Stack();
    private String api;
    private String opsToken;
    private String shopperToken;
    private JsonNode firstSku;
    private JsonNode secondSku;
    private String paidOrderNo;

    @BeforeAll
    void startStack() throws Exception {
        stack.up();
        api = stack.api();
        opsToken = login(stack.opsEmail, stack.opsPassword);
    }

    @AfterAll
    void stopStack() throws Exception {
        stack.down();
    }

    @Test @Order(1)
    void ops_imports_the_b2c_lifestyle_catalogue_with_the_cli_and_a_second_import_changes_nothing() throws Exception {
        Path dir = stack.dataset("commercetools-b2c-lifestyle");
        Stack.Result cli = stack.kaola(Stack.Duration.ofMinutes(3), "import-catalog", dir.toString());
        System.out.println(cli.output());
        assertThat(cli.exitCode()).as(cli.output()).isZero();

        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) { files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList(); }
        Http.Response again = Http.multipart(api + "/admin/catalog/import", opsToken, files);
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        JsonNode report = again.json();
        assertThat(report.at("/products/unchanged").asInt()).isEqualTo(117);
        assertThat(report.at("/skus/unchanged").asInt()).isEqualTo(144);
        assertThat(report.at("/categories/unchanged").asInt()).isEqualTo(29);
        assertThat(report.at("/products/created").asInt() + report.at("/products/updated").asInt()).isZero();
    }

    @Test @Order(2)
    void a_shopper_cannot_use_the_admin_api_and_anonymous_users_cannot_order() throws Exception {
        shopperToken = registerAndLogin("shopper-" + UUID.randomUUID() + "@example.com");
        Http.Response me = Http.get(api + "/me", shopperToken);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("roles").toString()).contains("SHOPPER").doesNotContain("OPS");

        Http.Response forbidden = Http.get(api + "/admin/fx-rates", shopperToken);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).contains("application/problem+json");

        Http.Response anonymous = Http.post(api + "/orders", null, Map.of("address", ADDRESS, "lines", List.of()), "k");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("COMMON_UNAUTHENTICATED");
    }

    @Test @Order(3)
    void the_shopper_browses_categories_products_and_a_product_detail_priced_in_cny() throws Exception {
        Http.Response categories = Http.get(api + "/categories", null);
        assertThat(categories.status()).isEqualTo(200);
        assertThat(categories.json().size()).isEqualTo(29);

        Http.Response page = Http.get(api + "/products?category=armchairs&page=0&size=5", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").size()).isBetween(1, 5);
        assertThat(page.json().path("total").asLong()).isPositive();

        List<JsonNode> skus = new ArrayList<>();
        JsonNode all = Http.get(api + "/products?page=0&size=10", null).json().path("items");
        for (JsonNode summary : all) {
            JsonNode detail = Http.get(api + "/products/" + summary.path("spuId").asLong(), null).json();
            JsonNode sku = detail.path("skus").get(0);
            if (sku.path("inStock").asBoolean() && sku.path("price").path("currency").asText().equals("CNY")) skus.add(sku);
            if (skus.size() == 2) break;
        }
        assertThat(skus).hasSize(2);
        firstSku = skus.get(0);
        secondSku = skus.get(1);
        assertThat(firstSku.path("fxRate").path("rate").decimalValue()).isPositive();
        assertThat(firstSku.path("price").path("minor").asLong()).isPositive();
    }

    @Test @Order(4)
    void the_shopper_orders_two_skus_pays_through_the_sandbox_and_sees_the_order_paid_and_the_stock_down() throws Exception {
        String a = firstSku.path("skuCode").asText();
        String b = secondSku.path("skuCode").asText();
        long onHandA = stock(a).path("onHand").asLong();
        long onHandB = stock(b).path("onHand").asLong();

        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("address", ADDRESS,
                "lines", List.of(Map.of("skuCode", a, "quantity", 2), Map.of("skuCode", b, "quantity", 1)));
        Http.Response placed = Http.post(api + "/orders", shopperToken, body, key);
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        JsonNode order = placed.json();
        paidOrderNo = order.path("orderNo").asText();
        assertThat(order.path("status").asText()).isEqualTo("PENDING_PAYMENT");
        long total = order.at("/price/total/minor").asLong();
        assertThat(total).isEqualTo(2 * firstSku.at("/price/minor").asLong() + secondSku.at("/price/minor").asLong());
        assertThat(order.at("/price/lines/0/fxRate/rateDate").asText()).isNotBlank();

        Http.Response repeat = Http.post(api + "/orders", shopperToken, body, key);
        assertThat(repeat.json().path("orderNo").asText()).as("same Idempotency-Key, same order").isEqualTo(paidOrderNo);
        assertThat(stock(a).path("reserved").asLong()).isGreaterThanOrEqualTo(2);

        Http.Response payment = Http.post(api + "/orders/" + paidOrderNo + "/payments", shopperToken, null);
        assertThat(payment.status()).as(payment.raw()).isEqualTo(201);
        assertThat(payment.json().at("/amount/minor").asLong()).isEqualTo(total);
        String payUrl = payment.json().path("payUrl").asText();
        Http.Response confirm = Http.post(payUrl + "/confirm", null, null);
        assertThat(confirm.status()).as(confirm.raw()).isBetween(200, 202);

        JsonNode paid = awaitStatus(paidOrderNo, "PAID");
        assertThat(paid.path("paidAt").asText()).isNotBlank();
        awaitOnHand(a, onHandA - 2);
        awaitOnHand(b, onHandB - 1);
        assertThat(stock(a).path("reserved").asLong()).isZero();

        // the provider notifies again (a repeat): nothing changes
        Http.post(payUrl + "/notify-again", null, null);
        Thread.sleep(1500);
        assertThat(stock(a).path("onHand").asLong()).isEqualTo(onHandA - 2);

        Http.Response mine = Http.get(api + "/orders?page=0&size=10", shopperToken);
        assertThat(mine.json().path("items").toString()).contains(paidOrderNo);
    }

    @Test @Order(5)
    void another_users_order_answers_404_and_a_forged_payment_notification_is_refused() throws Exception {
        String stranger = registerAndLogin("stranger-" + UUID.randomUUID() + "@example.com");
        Http.Response notYours = Http.get(api + "/orders/" + paidOrderNo, stranger);
        assertThat(notYours.status()).isEqualTo(404);
        assertThat(notYours.contentType()).contains("application/problem+json");
        assertThat(notYours.code()).isEqualTo("ORDER_NOT_FOUND");
        assertThat(notYours.raw()).doesNotContain("Exception").doesNotContain("at io.kaola");

        Http.Response forged = Http.post(api + "/payments/notify/sandbox", null,
                Map.of("paymentNo", "1", "providerTxnId", "X", "amountMinor", 1, "currency", "CNY", "status", "SUCCESS"));
        assertThat(forged.status()).isIn(400, 403);
    }

    @Test @Order(6)
    void fifty_buyers_race_for_the_last_five_units_and_exactly_five_orders_succeed() throws Exception {
        String sku = secondSku.path("skuCode").asText();
        Http.Response set = Http.put(api + "/admin/stock/" + sku, opsToken, Map.of("quantity", 5));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(stock(sku).path("available").asLong()).isEqualTo(5);

        int buyers = 50;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < buyers; i++) tokens.add(registerAndLogin("racer-" + i + "-" + UUID.randomUUID() + "@example.com"));

        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> results = new ArrayList<>();
        for (String token : tokens) {
            Callable<Http.Response> race = () -> {
                start.await();
                return Http.post(api + "/orders", token,
                        Map.of("address", ADDRESS, "lines", List.of(Map.of("skuCode", sku, "quantity", 1))),
                        UUID.randomUUID().toString());
            };
            results.add(pool.submit(race));
        }
        start.countDown();
        int created = 0;
        int outOfStock = 0;
        for (Future<Http.Response> f : results) {
            Http.Response r = f.get();
            if (r.status() == 201) created++;
            else if (r.status() == 409 && "INVENTORY_INSUFFICIENT_STOCK".equals(r.code())) outOfStock++;
            else throw new AssertionError("unexpected answer " + r.status() + " " + r.raw());
        }
        pool.shutdown();
        assertThat(created).isEqualTo(5);
        assertThat(outOfStock).isEqualTo(45);
        JsonNode level = stock(sku);
        assertThat(level.path("available").asLong()).isZero();
        assertThat(level.path("reserved").asLong()).isEqualTo(5);
    }

    @Test @Order(7)
    void when_one_of_two_product_providers_stops_the_shopper_sees_no_error() throws Exception {
        int http = 18082 + Stack.PORT_OFFSET + 100;
        int dubbo = 20882 + Stack.PORT_OFFSET + 100;
        long second = stack.startExtraInstance("product", http, dubbo);
        awaitHealthy(http);
        long productId = Http.get(api + "/products?page=0&size=1", null).json().at("/items/0/spuId").asLong();

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger ok = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread shopper = new Thread(() -> {
            while (running.get()) {
                try {
                    Http.Response r = Http.get(api + "/products/" + productId, null);
                    if (r.status() == 200) ok.incrementAndGet(); else failures.add(r.status() + " " + r.raw());
                    r = Http.get(api + "/categories", null);
                    if (r.status() == 200) ok.incrementAndGet(); else failures.add(r.status() + " " + r.raw());
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            }
        });
        shopper.start();
        Thread.sleep(2000);
        ProcessHandle first = ProcessHandle.of(stack.pidOf("product")).orElseThrow();
        first.destroy(); // SIGTERM: graceful shutdown unregisters from ZooKeeper first
        first.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        Thread.sleep(3000);
        running.set(false);
        shopper.join();

        assertThat(failures).isEmpty();
        assertThat(ok.get()).isGreaterThan(20);
        assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive)).contains(true);
    }

    private JsonNode stock(String sku) throws Exception {
        Http.Response r = Http.get(api + "/admin/stock?sku=" + sku, opsToken);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json().get(0);
    }

    private JsonNode awaitStatus(String orderNo, String status) throws Exception {
        JsonNode order = null;
        for (int i = 0; i < 60; i++) {
            order = Http.get(api + "/orders/" + orderNo, shopperToken).json();
            if (status.equals(order.path("status").asText())) return order;
            Thread.sleep(500);
        }
        throw new AssertionError("order " + orderNo + " never reached " + status + ": " + order);
    }

    private void awaitOnHand(String sku, long expected) throws Exception {
        long onHand = -1;
        for (int i = 0; i < 60; i++) {
            onHand = stock(sku).path("onHand").asLong();
            if (onHand == expected) return;
            Thread.sleep(500);
        }
        throw new AssertionError("stock of " + sku + " is " + onHand + ", expected " + expected);
    }

    private static void awaitHealthy(int httpPort) throws Exception {
        for (int i = 0; i < 120; i++) {
            try {
                Http.Response r = Http.get("http://127.0.0.1:" + httpPort + "/actuator/health/readiness", null);
                if (r.status() == 200) return;
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("second instance on " + httpPort + " never became ready");
    }

    private String registerAndLogin(String email) throws Exception {
        Http.Response r = Http.post(api + "/auth/register", null,
                Map.of("email", email, "password", "correct-horse-battery", "displayName", "Shopper"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return login(email, "correct-horse-battery");
    }

    private String login(String email, String password) throws Exception {
        Http.Response r = Http.post(api + "/auth/login", null, Map.of("email", email, "password", password));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json().path("accessToken").asText();
    }
}
