package io.kaola.e2e;

import com.fasterxml.jackson.databind.JsonNode;
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
@org.junit.jupiter.api.Order(1)
class ShopperJourneyIT {

    private Stack stack;
    private String api;
    private String opsToken;
    private String shopperToken;
    private JsonNode firstSku;
    private JsonNode secondSku;
    private String paidOrderNo;
    private final Map<String, String> buyerIdNumbers = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    void startStack() throws Exception {
        stack = Stack.shared();
        api = stack.api();
        opsToken = login(stack.opsEmail, stack.opsPassword);
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
        shopperToken = registerVerifiedBuyer("shopper-" + UUID.randomUUID() + "@example.com");
        Http.Response me = Http.get(api + "/me", shopperToken);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("roles").toString()).contains("SHOPPER").doesNotContain("OPS");

        Http.Response forbidden = Http.get(api + "/admin/fx-rates", shopperToken);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).contains("application/problem+json");

        Http.Response anonymous = Http.post(api + "/orders", null, Map.of("address", Shoppers.ADDRESS, "lines", List.of()), "k");
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
        // within the 5,000 CNY per-transaction limit: 2 × the first + 1 × the second stays under it
        JsonNode all = Http.get(api + "/products?page=0&size=100", null).json().path("items");
        for (JsonNode summary : all) {
            JsonNode detail = Http.get(api + "/products/" + summary.path("spuId").asLong(), null).json();
            JsonNode sku = detail.path("skus").get(0);
            long price = sku.path("price").path("minor").asLong();
            if (detail.path("importable").asBoolean() && sku.path("inStock").asBoolean()
                    && sku.path("price").path("currency").asText().equals("CNY") && price > 0 && price < 120_000) skus.add(sku);
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
        Map<String, Object> body = Map.of("address", Shoppers.address(shopperToken),
                "lines", List.of(Map.of("skuCode", a, "quantity", 2), Map.of("skuCode", b, "quantity", 1)));
        Http.Response placed = Http.post(api + "/orders", shopperToken, body, key);
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        JsonNode order = placed.json();
        paidOrderNo = order.path("orderNo").asText();
        assertThat(order.path("status").asText()).isEqualTo("PENDING_PAYMENT");
        long total = order.at("/price/total/minor").asLong();
        long goods = order.at("/price/goods/minor").asLong();
        assertThat(goods).isEqualTo(2 * firstSku.at("/price/minor").asLong() + secondSku.at("/price/minor").asLong());
        assertThat(total).isEqualTo(goods - order.at("/price/discount/minor").asLong()
                + order.at("/price/shipping/minor").asLong() + order.at("/price/tax/minor").asLong());
        assertThat(order.at("/price/tax/minor").asLong()).as("9.1% within the limits").isPositive();
        assertThat(order.at("/price/lines/0/fxRate/rateDate").asText()).isNotBlank();
        assertThat(order.at("/buyer/maskedIdNumber").asText()).contains("**********");

        String unverified = registerAndLogin("unverified-" + UUID.randomUUID() + "@example.com");
        Http.Response refused = Http.post(api + "/orders", unverified, body, UUID.randomUUID().toString());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("CROSSBORDER_BUYER_NOT_VERIFIED");

        Http.Response repeat = Http.post(api + "/orders", shopperToken, body, key);
        assertThat(repeat.json().path("orderNo").asText()).as("same Idempotency-Key, same order").isEqualTo(paidOrderNo);
        assertThat(stock(a).path("reserved").asLong()).isGreaterThanOrEqualTo(2);

        Http.Response payment = Http.post(api + "/orders/" + paidOrderNo + "/payments", shopperToken, null);
        assertThat(payment.status()).as(payment.raw()).isEqualTo(201);
        assertThat(payment.json().at("/amount/minor").asLong()).isEqualTo(total);
        String payUrl = payment.json().path("payUrl").asText();
        Http.Response confirm = payAsBuyer(shopperToken, payment.json());
        assertThat(confirm.status()).as(confirm.raw()).isBetween(200, 202);

        JsonNode paid = awaitStatus(shopperToken, paidOrderNo, "PAID");
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
        for (int i = 0; i < buyers; i++) tokens.add(registerVerifiedBuyer("racer-" + i + "-" + UUID.randomUUID() + "@example.com"));

        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> results = new ArrayList<>();
        for (String token : tokens) {
            Callable<Http.Response> race = () -> {
                start.await();
                return Http.post(api + "/orders", token,
                        Map.of("address", Shoppers.address(token), "lines", List.of(Map.of("skuCode", sku, "quantity", 1))),
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

    // ---- cross-border rules (docs/cross-border.md) -------------------------------------------------

    private final Map<String, Long> spuOf = new java.util.HashMap<>();

    @Test @Order(10)
    void ops_import_a_catalogue_priced_in_cny_and_set_tax_categories_net_contents_and_shipping() throws Exception {
        Path dir = Path.of("src/test/resources/catalogs/cross-border-examples").toAbsolutePath();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) { files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList(); }
        Http.Response report = Http.multipart(api + "/admin/catalog/import", opsToken, files);
        assertThat(report.status()).as(report.raw()).isEqualTo(200);
        assertThat(report.json().at("/skus/created").asInt()).isEqualTo(5);

        for (String category : List.of("xb-beauty", "xb-home")) {
            for (JsonNode p : Http.get(api + "/products?category=" + category + "&page=0&size=20", null).json().path("items")) {
                spuOf.put(p.path("key").asText(), p.path("spuId").asLong());
            }
        }
        for (String cosmetic : List.of("xb-face-cream-jar", "xb-face-cream-tube", "xb-serum")) {
            Http.Response r = Http.put(api + "/admin/products/" + spuOf.get(cosmetic) + "/tax-profile", opsToken,
                    Map.of("taxCategoryCode", "COSMETICS", "importable", true));
            assertThat(r.status()).as(r.raw()).isEqualTo(200);
            assertThat(r.json().path("taxCategoryCode").asText()).isEqualTo("COSMETICS");
        }
        content("XB-CREAM-50G", "50", "G");
        content("XB-CREAM-15ML", "15", "ML");
        content("XB-SERUM-30ML", "30", "ML");
        content("XB-VASE", "1", "PIECE");
        content("XB-LAMP", "1", "PIECE");
        shipping(2000);
    }

    @Test @Order(11)
    void orders_reproduce_the_worked_examples_T1_T2_and_T7_to_the_fen() throws Exception {
        String buyer = registerVerifiedBuyer("worked-" + UUID.randomUUID() + "@example.com");

        JsonNode t1 = place(buyer, Map.of("XB-CREAM-50G", 1)).json();   // ordinary cosmetics: 4 CNY/g
        assertThat(fen(t1, "/price/goods")).isEqualTo(20000);
        assertThat(fen(t1, "/price/shipping")).isEqualTo(2000);
        assertThat(fen(t1, "/price/taxBreakdown/consumptionTax")).isZero();
        assertThat(fen(t1, "/price/taxBreakdown/vat")).isEqualTo(2002);
        assertThat(fen(t1, "/price/total")).isEqualTo(24002);

        JsonNode t2 = place(buyer, Map.of("XB-CREAM-15ML", 1)).json();  // high-end: 13.33 CNY/ml
        assertThat(fen(t2, "/price/taxBreakdown/consumptionTax")).isEqualTo(2718);
        assertThat(fen(t2, "/price/taxBreakdown/vat")).isEqualTo(2355);
        assertThat(fen(t2, "/price/tax")).isEqualTo(5073);

        shipping(2500);
        JsonNode t7 = place(buyer, lines("XB-VASE", 1, "XB-SERUM-30ML", 1)).json();
        JsonNode vase = line(t7, "XB-VASE");
        JsonNode serum = line(t7, "XB-SERUM-30ML");
        assertThat(fen(vase, "/shipping")).isEqualTo(938);
        assertThat(fen(serum, "/shipping")).isEqualTo(1562);
        assertThat(fen(vase, "/taxBreakdown/vat")).isEqualTo(2815);
        assertThat(fen(serum, "/taxBreakdown/consumptionTax")).isEqualTo(6369);
        assertThat(fen(serum, "/taxBreakdown/vat")).isEqualTo(5520);
        assertThat(fen(t7, "/price/tax")).isEqualTo(14704);
        assertThat(fen(t7, "/price/total")).isEqualTo(97204);
        shipping(2000);
    }

    @Test @Order(12)
    void the_price_trial_explains_every_step_and_writes_nothing() throws Exception {
        String buyer = registerVerifiedBuyer("trial-" + UUID.randomUUID() + "@example.com");
        long reservedBefore = stock("XB-SERUM-30ML").path("reserved").asLong();
        Http.Response trial = Http.post(api + "/price/trial", buyer,
                Map.of("lines", List.of(Map.of("skuCode", "XB-SERUM-30ML", "quantity", 1), Map.of("skuCode", "XB-VASE", "quantity", 1))));
        assertThat(trial.status()).as(trial.raw()).isEqualTo(200);
        assertThat(trial.json().path("orderable").asBoolean()).isTrue();
        String steps = trial.json().at("/quote/steps").toString();
        assertThat(steps).contains("consumption-tax").contains("财关税");
        assertThat(trial.json().at("/quota/remaining/minor").asLong()).isEqualTo(2_600_000);
        assertThat(stock("XB-SERUM-30ML").path("reserved").asLong()).isEqualTo(reservedBefore);

        Http.Response forAnother = Http.post(api + "/price/trial", buyer,
                Map.of("userId", 1, "lines", List.of(Map.of("skuCode", "XB-VASE", "quantity", 1))));
        assertThat(forAnother.status()).isEqualTo(403);
    }

    @Test @Order(13)
    void over_the_annual_quota_is_refused_with_what_remains_and_cancel_gives_the_quota_back() throws Exception {
        String buyer = registerVerifiedBuyer("quota-" + UUID.randomUUID() + "@example.com");
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) orders.add(place(buyer, Map.of("XB-LAMP", 1)).json().path("orderNo").asText());

        Http.Response refused = Http.post(api + "/orders", buyer, orderBody(buyer, Map.of("XB-LAMP", 1)), UUID.randomUUID().toString());
        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("CROSSBORDER_OVER_ANNUAL_LIMIT");
        assertThat(refused.json().path("remainingCny").asText()).isEqualTo("3900.00");    // 26,000 - 5 × 4,420
        assertThat(refused.json().path("amountCny").asText()).isEqualTo("4420.00");

        Http.Response cancelled = Http.post(api + "/orders/" + orders.get(0) + "/cancel", buyer, null);
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CLOSED");
        Http.Response quota = Http.get(api + "/me/quota", buyer);
        assertThat(quota.json().at("/remaining/minor").asLong()).isEqualTo(832_000);   // 3,900 + 4,420
        assertThat(place(buyer, Map.of("XB-LAMP", 1)).status()).isEqualTo(201);

        Http.Response overTransaction = Http.post(api + "/orders", buyer, orderBody(buyer, Map.of("XB-LAMP", 2)), UUID.randomUUID().toString());
        assertThat(overTransaction.code()).isEqualTo("CROSSBORDER_OVER_TRANSACTION_LIMIT");
    }

    @Test @Order(14)
    void concurrent_orders_of_one_buyer_cannot_together_pass_the_annual_quota() throws Exception {
        String buyer = registerVerifiedBuyer("parallel-" + UUID.randomUUID() + "@example.com");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Http.Response>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return Http.post(api + "/orders", buyer, orderBody(buyer, Map.of("XB-LAMP", 1)), UUID.randomUUID().toString());
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Http.Response> f : results) {
            Http.Response r = f.get();
            if (r.status() == 201) created++;
            else assertThat(r.code()).as(r.raw()).isEqualTo("CROSSBORDER_OVER_ANNUAL_LIMIT");
        }
        pool.shutdown();
        assertThat(created).isEqualTo(5);
        JsonNode quota = Http.get(api + "/me/quota", buyer).json();
        assertThat(quota.at("/reserved/minor").asLong()).isEqualTo(5 * 442_000);
    }

    @Test @Order(15)
    void a_payment_by_someone_other_than_the_buyer_fails_and_the_buyer_can_then_pay() throws Exception {
        String buyer = registerVerifiedBuyer("payer-" + UUID.randomUUID() + "@example.com");
        String orderNo = place(buyer, Map.of("XB-VASE", 1)).json().path("orderNo").asText();

        JsonNode payment = Http.post(api + "/orders/" + orderNo + "/payments", buyer, null).json();
        String stranger = IdentityNumbers.next();
        Http.Response confirm = Http.post(payment.path("confirmUrl").asText(), null,
                Map.of("payerName", "王五", "payerIdNumber", stranger));
        assertThat(confirm.status()).as(confirm.raw()).isBetween(200, 202);
        JsonNode failed = awaitPayment(buyer, payment.path("paymentNo").asText(), "FAILED");
        assertThat(failed.path("failureCode").asText()).isEqualTo("CROSSBORDER_PAYER_NOT_BUYER");
        assertThat(Http.get(api + "/orders/" + orderNo, buyer).json().path("status").asText()).isEqualTo("PENDING_PAYMENT");

        JsonNode retry = Http.post(api + "/orders/" + orderNo + "/payments", buyer, null).json();
        assertThat(retry.path("paymentNo").asText()).isNotEqualTo(payment.path("paymentNo").asText());
        payAsBuyer(buyer, retry);
        awaitStatus(buyer, orderNo, "PAID");
    }

    private void content(String sku, String netQuantity, String unit) throws Exception {
        Http.Response r = Http.put(api + "/admin/skus/" + sku + "/content", opsToken,
                Map.of("netQuantity", new java.math.BigDecimal(netQuantity), "netUnit", unit, "weightGrams", 100));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    private void shipping(long firstFeeFen) throws Exception {
        Map<String, Object> rule = new java.util.HashMap<>();
        rule.put("warehouseCode", "BONDED-NINGBO");
        rule.put("firstWeightGrams", 1000);
        rule.put("firstFee", Map.of("minor", firstFeeFen, "currency", "CNY"));
        rule.put("additionalWeightGrams", 500);
        rule.put("additionalFee", Map.of("minor", 500, "currency", "CNY"));
        rule.put("freeShippingThreshold", null);
        Http.Response r = Http.put(api + "/admin/shipping-rules/BONDED-NINGBO", opsToken, rule);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
    }

    /** Lines in the given order (the last line takes the freight remainder). */
    private static Map<String, Integer> lines(String sku1, int q1, String sku2, int q2) {
        Map<String, Integer> lines = new java.util.LinkedHashMap<>();
        lines.put(sku1, q1);
        lines.put(sku2, q2);
        return lines;
    }

    private Map<String, Object> orderBody(String buyer, Map<String, Integer> lines) {
        List<Map<String, Object>> l = new ArrayList<>();
        lines.forEach((sku, q) -> l.add(Map.of("skuCode", sku, "quantity", q)));
        return Map.of("address", Shoppers.address(buyer), "lines", l);
    }

    private Http.Response place(String token, Map<String, Integer> lines) throws Exception {
        Http.Response r = Http.post(api + "/orders", token, orderBody(token, lines), UUID.randomUUID().toString());
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r;
    }

    private static long fen(JsonNode node, String pointer) {
        JsonNode money = node.at(pointer);
        assertThat(money.path("currency").asText()).as(pointer).isEqualTo("CNY");
        return money.path("minor").asLong();
    }

    private static JsonNode line(JsonNode order, String sku) {
        for (JsonNode l : order.at("/price/lines")) if (l.path("skuCode").asText().equals(sku)) return l;
        throw new AssertionError("no line " + sku + " in " + order);
    }

    private JsonNode awaitPayment(String token, String paymentNo, String status) throws Exception {
        JsonNode payment = null;
        for (int i = 0; i < 60; i++) {
            payment = Http.get(api + "/payments/" + paymentNo, token).json();
            if (status.equals(payment.path("status").asText())) return payment;
            Thread.sleep(500);
        }
        throw new AssertionError("payment " + paymentNo + " never reached " + status + ": " + payment);
    }

    @Test @Order(98)
    void no_identity_number_appears_in_full_in_any_database_column_or_log_line() throws Exception {
        assertThat(IdentityNumbers.ISSUED).hasSizeGreaterThan(50);
        List<String> leaks = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "")) {
            for (String db : Stack.DATABASES) {
                List<String> tables = new ArrayList<>();
                try (java.sql.ResultSet rs = c.getMetaData().getTables(db + Stack.DB_SUFFIX, null, "%", new String[] {"TABLE"})) {
                    while (rs.next()) tables.add(rs.getString("TABLE_NAME"));
                }
                for (String table : tables) {
                    try (java.sql.Statement st = c.createStatement();
                         java.sql.ResultSet rs = st.executeQuery("SELECT * FROM " + db + Stack.DB_SUFFIX + "." + table)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                String value = rs.getString(i);
                                if (value != null && containsIssued(value)) leaks.add(db + "." + table + " column " + i);
                            }
                        }
                    }
                }
            }
        }
        try (Stream<Path> logs = Files.walk(stack.var.resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
                if (containsIssued(text)) leaks.add(log.toString());
            }
        }
        assertThat(leaks).as("places holding a full identity number").isEmpty();
    }

    private static boolean containsIssued(String text) {
        for (String number : IdentityNumbers.ISSUED) if (text.contains(number)) return true;
        return false;
    }

    @Test @Order(99)
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

    private JsonNode awaitStatus(String token, String orderNo, String status) throws Exception {
        JsonNode order = null;
        for (int i = 0; i < 60; i++) {
            order = Http.get(api + "/orders/" + orderNo, token).json();
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

    /** Registers, logs in, has ops tell the sandbox ID provider the pair is real, and verifies it. */
    private String registerVerifiedBuyer(String email) throws Exception {
        String token = registerAndLogin(email);
        String idNumber = IdentityNumbers.next();
        verify(token, "韩梅梅", idNumber);
        buyerIdNumbers.put(token, idNumber);
        return token;
    }

    /** The buyer pays at the sandbox cashier: POST the payment's confirmUrl (one-time token) naming themself. */
    private Http.Response payAsBuyer(String token, JsonNode payment) throws Exception {
        return Http.post(payment.path("confirmUrl").asText(), null,
                Map.of("payerName", "韩梅梅", "payerIdNumber", buyerIdNumbers.get(token)));
    }

    private JsonNode verify(String token, String name, String idNumber) throws Exception {
        Http.Response real = Http.post(api + "/admin/sandbox/identities", opsToken, Map.of("name", name, "idNumber", idNumber));
        assertThat(real.status()).as(real.raw()).isIn(200, 204);
        Http.Response verified = Http.post(api + "/me/identity", token, Map.of("name", name, "idNumber", idNumber));
        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("VERIFIED");
        assertThat(verified.raw()).doesNotContain(idNumber);
        return verified.json();
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
