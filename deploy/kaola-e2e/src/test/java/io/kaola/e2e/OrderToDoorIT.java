package io.kaola.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.client.producer.SendStatus;
import org.apache.rocketmq.common.message.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 through the gateway on the shared stack: a paid order declared to the sandbox single window, released,
 * shipped by the sandbox carrier and tracked to DELIVERED; a scripted customs rejection seen by ops; the unpaid
 * timeout; a dead letter replayed through the admin API. The sandboxes run on ./kaola's fast settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.Order(3)
class OrderToDoorIT {
    /** An HS code for the product ordered (ops set it: imported products have none, and customs needs one). */
    private static final String HS_CODE = "6912001000";
    /** A category no other test orders from, so that this class alone moves the stock of its SKU. */
    private static final String CATEGORY = "bowls";

    private Stack stack;
    private String api;
    private String opsToken;
    private Shoppers shoppers;
    private String sku;

    @BeforeAll
    void startStack() throws Exception {
        stack = Stack.shared();
        api = stack.api();
        opsToken = Shoppers.login(api, stack.opsEmail, stack.opsPassword);
        shoppers = new Shoppers(api, opsToken);
        // the catalogue (a second import changes nothing when ShopperJourneyIT ran first)
        Stack.Result imported = stack.kaola(Stack.Duration.ofMinutes(3), "import-catalog",
                stack.dataset("commercetools-b2c-lifestyle").toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        JsonNode products = Http.get(api + "/products?category=" + CATEGORY + "&page=0&size=50", null).json();
        JsonNode cheap = null;
        for (JsonNode p : products.path("items")) {
            long price = p.at("/supplierPrice/minor").asLong();
            if (price > 0 && price < 10_000) { cheap = p; break; }
        }
        assertThat(cheap).as("a product of " + CATEGORY + " under 100 in its currency").isNotNull();
        long spuId = cheap.path("spuId").asLong();
        Http.Response hs = Http.put(api + "/admin/products/" + spuId + "/tax-profile", opsToken, Map.of("hsCode", HS_CODE));
        assertThat(hs.status()).as(hs.raw()).isEqualTo(200);
        sku = Http.get(api + "/products/" + spuId, null).json().at("/skus/0/skuCode").asText();
        Http.Response stocked = Http.put(api + "/admin/stock/" + sku, opsToken, Map.of("quantity", 1_000));
        assertThat(stocked.status()).as(stocked.raw()).isEqualTo(200);
    }

    @Test @Order(1)
    void a_paid_order_is_declared_released_shipped_and_tracked_to_delivered() throws Exception {
        String buyer = shoppers.verifiedBuyer("door");
        String orderNo = shoppers.order(buyer, sku, 1).path("orderNo").asText();
        Instant paying = Instant.now();
        shoppers.pay(buyer, orderNo);

        JsonNode delivered = await(Duration.ofSeconds(90), () -> {
            JsonNode o = Http.get(api + "/orders/" + orderNo, buyer).json();
            return "DELIVERED".equals(o.path("status").asText()) ? o : null;
        });
        System.out.printf("order %s: paid to DELIVERED in %d ms%n", orderNo,
                Duration.between(paying, Instant.now()).toMillis());
        assertThat(statuses(delivered.path("history"))).containsExactly("PENDING_PAYMENT", "PAID", "DECLARING",
                "CLEARED", "SHIPPED", "DELIVERED");

        JsonNode tracking = Http.get(api + "/orders/" + orderNo + "/tracking", buyer).json();
        assertThat(tracking.path("logisticsNo").asText()).isNotBlank();
        assertThat(tracking.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(statuses(tracking.path("events"))).contains("DECLARED", "CLEARED", "OUTBOUND", "COLLECTED",
                "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED");
        assertThat(statuses(tracking.path("events")).indexOf("CLEARED"))
                .as("nothing ships before customs release")
                .isLessThan(statuses(tracking.path("events")).indexOf("OUTBOUND"));
        Http.Response otherBuyer = Http.get(api + "/orders/" + orderNo + "/tracking", shoppers.verifiedBuyer("nosy"));
        assertThat(otherBuyer.status()).isEqualTo(404);

        Http.Response declarations = Http.get(api + "/admin/declarations/" + orderNo, opsToken);
        assertThat(declarations.status()).as(declarations.raw()).isEqualTo(200);
        JsonNode d = declarations.json();
        assertThat(d.path("status").asText()).isEqualTo("RELEASED");
        List<String> types = new ArrayList<>();
        for (JsonNode doc : d.path("documents")) {
            types.add(doc.path("messageType").asText());
            assertThat(doc.path("receipts").size()).as(doc.path("messageType").asText() + " receipts").isPositive();
        }
        assertThat(types).containsExactly("CEB311", "CEB411", "CEB511", "CEB621");
        assertThat(declarations.raw()).contains("800").doesNotContain(shoppers.idNumberOf(buyer));
        assertThat(Http.get(api + "/admin/declarations/" + orderNo, buyer).status()).isEqualTo(403);

        JsonNode completed = Http.post(api + "/orders/" + orderNo + "/confirm-receipt", buyer, null).json();
        assertThat(completed.path("status").asText()).isEqualTo("COMPLETED");

        JsonNode notified = await(Duration.ofSeconds(30), () -> {
            JsonNode n = Http.get(api + "/me/notifications?page=0&size=50", buyer).json();
            return n.toString().contains("COMPLETED") ? n : null;
        });
        assertThat(notified.toString()).contains("PAID", "DECLARING", "CLEARED", "SHIPPED", "DELIVERED")
                .contains(orderNo);
    }

    @Test @Order(2)
    void a_scripted_customs_rejection_for_quota_shows_up_for_ops_with_its_reason_and_stops_the_order() throws Exception {
        String buyer = shoppers.verifiedBuyer("rejected");
        String orderNo = shoppers.order(buyer, sku, 1).path("orderNo").asText();
        Http.Response scripted = Http.post(api + "/admin/sandbox/customs/" + orderNo + "/script", opsToken,
                Map.of("document", "INVENTORY", "action", "REJECT_QUOTA"));
        assertThat(scripted.status()).as(scripted.raw()).isBetween(200, 204);
        shoppers.pay(buyer, orderNo);

        JsonNode rejected = await(Duration.ofSeconds(60), () -> {
            JsonNode o = Http.get(api + "/orders/" + orderNo, buyer).json();
            return "CUSTOMS_REJECTED".equals(o.path("status").asText()) ? o : null;
        });
        assertThat(statuses(rejected.path("history"))).doesNotContain("SHIPPED");

        JsonNode d = Http.get(api + "/admin/declarations/" + orderNo, opsToken).json();
        assertThat(d.path("status").asText()).isEqualTo("REJECTED_ORDER_CANCELLED");
        assertThat(d.toString()).contains("1313");
        JsonNode exceptions = Http.get(api + "/admin/declarations?status=REJECTED_ORDER_CANCELLED", opsToken).json();
        assertThat(exceptions.toString()).contains(orderNo);
        JsonNode tracking = Http.get(api + "/orders/" + orderNo + "/tracking", buyer).json();
        assertThat(statuses(tracking.path("events"))).contains("CLEARANCE_FAILED").doesNotContain("OUTBOUND");
    }

    @Test @Order(3)
    void an_unpaid_order_is_closed_by_the_timeout_with_its_stock_and_quota_given_back() throws Exception {
        String buyer = shoppers.verifiedBuyer("unpaid");
        long reservedBefore = stock(sku).path("reserved").asLong();
        long quotaBefore = Http.get(api + "/me/quota", buyer).json().at("/reserved/minor").asLong();
        JsonNode order = shoppers.order(buyer, sku, 2);
        String orderNo = order.path("orderNo").asText();
        assertThat(Instant.parse(order.path("payBy").asText()))
                .isEqualTo(Instant.parse(order.path("createdAt").asText()).plus(Stack.UNPAID_TIMEOUT));
        assertThat(stock(sku).path("reserved").asLong()).isEqualTo(reservedBefore + 2);

        JsonNode closed = await(Stack.UNPAID_TIMEOUT.plusSeconds(60), () -> {
            JsonNode o = Http.get(api + "/orders/" + orderNo, buyer).json();
            return "CLOSED".equals(o.path("status").asText()) ? o : null;
        });
        assertThat(Instant.now()).isAfter(Instant.parse(order.path("payBy").asText()));
        assertThat(statuses(closed.path("history"))).containsExactly("PENDING_PAYMENT", "CLOSED");
        assertThat(stock(sku).path("reserved").asLong()).isEqualTo(reservedBefore);
        assertThat(Http.get(api + "/me/quota", buyer).json().at("/reserved/minor").asLong()).isEqualTo(quotaBefore);

        Http.Response lateCashier = Http.post(api + "/orders/" + orderNo + "/payments", buyer, null);
        assertThat(lateCashier.status()).isEqualTo(409);
        assertThat(lateCashier.code()).isEqualTo("PAYMENT_ORDER_NOT_PAYABLE");
    }

    /**
     * A parcel event that overtakes the customs release can never be applied while the order waits for customs: it
     * is retried, then dead-lettered. Once the release has arrived, ops replay it and it applies.
     */
    @Test @Order(4)
    void a_dead_letter_is_seen_by_ops_and_replayed_once_its_cause_is_fixed() throws Exception {
        String buyer = shoppers.verifiedBuyer("dead-letter");
        String orderNo = shoppers.order(buyer, sku, 1).path("orderNo").asText();
        // customs holds the list at inspection; the carrier loses every push: nothing moves the order but us
        assertThat(Http.post(api + "/admin/sandbox/customs/" + orderNo + "/script", opsToken,
                Map.of("document", "INVENTORY", "action", "HOLD_INSPECTION")).status()).isBetween(200, 204);
        assertThat(Http.post(api + "/admin/sandbox/carrier/" + orderNo + "/script", opsToken,
                Map.of("lose", List.of("PACKED", "OUTBOUND", "COLLECTED", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED")))
                .status()).isBetween(200, 204);
        shoppers.pay(buyer, orderNo);
        await(Duration.ofSeconds(60), () -> {
            JsonNode d = Http.get(api + "/admin/declarations/" + orderNo, opsToken).json();
            return "INSPECTION".equals(d.path("status").asText()) ? d : null;
        });
        long buyerId = Http.get(api + "/orders/" + orderNo, buyer).json().path("buyerId").asLong();

        String key = "WB-E2E-" + orderNo + ":OUTBOUND";
        DefaultMQProducer producer = new DefaultMQProducer("e2e-poison-" + UUID.randomUUID());
        producer.setNamesrvAddr(stack.nameServer());
        producer.start();
        try {
            publish(producer, "parcel-status-changed", key, Map.of("orderNo", orderNo, "buyerId", buyerId,
                    "logisticsNo", "WB-E2E-" + orderNo, "status", "OUTBOUND", "at", Instant.now().toString()));
            JsonNode dead = await(Duration.ofSeconds(90), () -> deadLetter(key));
            assertThat(dead.path("consumerGroup").asText()).isEqualTo("order-follows-parcel");
            assertThat(dead.path("status").asText()).isEqualTo("NEW");
            assertThat(Http.get(api + "/orders/" + orderNo, buyer).json().path("status").asText()).isNotEqualTo("SHIPPED");

            // the cause is fixed: customs releases (as the single window would after the inspection)
            publish(producer, "customs-status-changed", orderNo + ":RELEASED", Map.of("orderNo", orderNo,
                    "buyerId", buyerId, "milestone", "RELEASED", "returnStatus", 800,
                    "returnInfo", "[Code:2600;Desc:放行]", "at", Instant.now().toString()));
            await(Duration.ofSeconds(30), () -> {
                JsonNode o = Http.get(api + "/orders/" + orderNo, buyer).json();
                return "CLEARED".equals(o.path("status").asText()) ? o : null;
            });
        } finally {
            producer.shutdown();
        }

        String id = deadLetter(key).path("id").asText();
        Http.Response replayed = Http.post(api + "/admin/dead-letters/" + id + "/replay", opsToken, null);
        assertThat(replayed.status()).as(replayed.raw()).isEqualTo(200);
        assertThat(replayed.json().path("status").asText()).isEqualTo("REPLAYED");
        assertThat(replayed.json().path("actedBy").asText()).contains(stack.opsEmail);
        await(Duration.ofSeconds(30), () -> {
            JsonNode o = Http.get(api + "/orders/" + orderNo, buyer).json();
            return "SHIPPED".equals(o.path("status").asText()) ? o : null;
        });
        Http.Response again = Http.delete(api + "/admin/dead-letters/" + id, opsToken);
        assertThat(again.status()).as("a replayed letter cannot be discarded").isEqualTo(409);
    }

    /** @return the dead letter with this key (any service), or null */
    private JsonNode deadLetter(String key) throws Exception {
        Http.Response list = Http.get(api + "/admin/dead-letters?page=0&size=100", opsToken);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        for (JsonNode item : list.json().path("items")) {
            if (key.equals(item.path("key").asText())) return item;
        }
        return null;
    }

    private static void publish(DefaultMQProducer producer, String topic, String key, Map<String, Object> body)
            throws Exception {
        Message message = new Message(topic, Http.JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        message.setKeys(key);
        assertThat(producer.send(message).getSendStatus()).isEqualTo(SendStatus.SEND_OK);
    }

    private JsonNode stock(String skuCode) throws Exception {
        return Http.get(api + "/admin/stock?sku=" + skuCode, opsToken).json().path(0);
    }

    private static List<String> statuses(JsonNode items) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) out.add(item.path("status").asText());
        return out;
    }

    /** Polls every 250 ms until {@code probe} answers non-null. */
    private static JsonNode await(Duration patience, Callable<JsonNode> probe) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            JsonNode found = probe.call();
            if (found != null) return found;
            if (System.nanoTime() > deadline) throw new AssertionError("not within " + patience);
            Thread.sleep(250);
        }
    }
}
