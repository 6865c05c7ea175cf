package io.kaola.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Shoppers of the shared stack, as the README walkthrough makes them: registered, logged in, real-name verified. */
final class Shoppers {
    static final String BUYER_NAME = "韩梅梅";
    static final Map<String, Object> ADDRESS = Map.of("consignee", "李雷", "phone", "13800138000",
            "province", "浙江省", "city", "杭州市", "district", "滨江区", "detail", "网商路 599 号");

    /**
     * The shopper's own delivery address: {@link #ADDRESS} with a phone of their own (139 and eight digits from the
     * token), as real shoppers have. Order anti-spam counts the accounts ordering to one phone
     * (docs/governance.md#risk-control), so traffic where every account shares one phone would look like spam.
     *
     * @param token the shopper's access token (or any stable per-shopper string)
     * @return the address map for an order body
     */
    static Map<String, Object> address(String token) {
        Map<String, Object> own = new java.util.HashMap<>(ADDRESS);
        own.put("phone", "139" + String.format("%08d", Math.floorMod(token.hashCode(), 100_000_000)));
        return Map.copyOf(own);
    }

    private final String api;
    private final String opsToken;
    private final Map<String, String> idNumbers = new ConcurrentHashMap<>();

    Shoppers(String api, String opsToken) {
        this.api = api;
        this.opsToken = opsToken;
    }

    /** @return the access token of a new shopper whose identity ops made real at the sandbox and who verified it */
    String verifiedBuyer(String prefix) throws Exception {
        String email = prefix + "-" + UUID.randomUUID() + "@example.com";
        Http.Response r = Http.post(api + "/auth/register", null,
                Map.of("email", email, "password", "correct-horse-battery", "displayName", "Shopper"));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        String token = login(api, email, "correct-horse-battery");
        String idNumber = IdentityNumbers.next();
        Http.Response real = Http.post(api + "/admin/sandbox/identities", opsToken,
                Map.of("name", BUYER_NAME, "idNumber", idNumber));
        assertThat(real.status()).as(real.raw()).isIn(200, 204);
        Http.Response verified = Http.post(api + "/me/identity", token, Map.of("name", BUYER_NAME, "idNumber", idNumber));
        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
        idNumbers.put(token, idNumber);
        return token;
    }

    /** @return the full identity number the shopper verified (to look for leaks) */
    String idNumberOf(String token) { return idNumbers.get(token); }

    /** @return the placed order (201), one line */
    JsonNode order(String token, String skuCode, int quantity) throws Exception {
        return order(token, List.of(Map.of("skuCode", skuCode, "quantity", quantity)));
    }

    /** @return the placed order (201) of these lines ({skuCode, quantity} each) */
    JsonNode order(String token, List<Map<String, Object>> lines) throws Exception {
        Http.Response r = Http.post(api + "/orders", token, Map.of("address", address(token), "lines", lines),
                UUID.randomUUID().toString());
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
        return r.json();
    }

    /** Opens the payment and pays it at the sandbox cashier as the buyer. */
    void pay(String token, String orderNo) throws Exception {
        Http.Response payment = Http.post(api + "/orders/" + orderNo + "/payments", token, null);
        assertThat(payment.status()).as(payment.raw()).isEqualTo(201);
        Http.Response confirm = Http.post(payment.json().path("confirmUrl").asText(), null,
                Map.of("payerName", BUYER_NAME, "payerIdNumber", idNumbers.get(token)));
        assertThat(confirm.status()).as(confirm.raw()).isBetween(200, 202);
    }

    static String login(String api, String email, String password) throws Exception {
        Http.Response r = Http.post(api + "/auth/login", null, Map.of("email", email, "password", password));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json().path("accessToken").asText();
    }
}
