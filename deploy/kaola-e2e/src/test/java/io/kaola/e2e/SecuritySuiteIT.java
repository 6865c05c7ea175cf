package io.kaola.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security suite (issue "trust boundaries", docs/security.md): every attack the issue lists, tried against
 * the started stack as an attacker on the same machine would, one named check per item. Each check prints what
 * it sent and what came back ({@link #exchange}). Runs after {@link ShopperJourneyIT} on the same stack
 * (its catalogue is there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.Order(2)
class SecuritySuiteIT {
    private static final String PASSWORD = "correct-horse-battery";

    private Stack stack;
    private String api;
    private int gatewayPort;
    private String opsToken;
    private String sku;

    @BeforeAll
    void stack() throws Exception {
        stack = Stack.shared();
        api = stack.api();
        gatewayPort = 8080 + Stack.PORT_OFFSET;
        opsToken = login(stack.opsEmail, stack.opsPassword);
        sku = cheapSku();
        Http.Response set = Http.put(api + "/admin/stock/" + sku, opsToken, Map.of("quantity", 100_000));
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
    }

    // ---- 1. The service plane is private and authenticated ----------------------------------------------------

    @Test @Order(101)
    void every_listener_of_the_stack_binds_the_loopback_only() throws Exception {
        List<Listeners.Listener> listeners = Listeners.of(stackPids());
        exchange("read /proc/<pid>/net/tcp{,6} of " + stackPids().size() + " processes", listeners.toString());
        assertThat(listeners).hasSizeGreaterThanOrEqualTo(15);   // gateway, 6 services x 2, ZooKeeper, RocketMQ x 3
        assertThat(listeners).allMatch(Listeners.Listener::isLoopback);
    }

    @Test @Order(102)
    void no_port_of_the_stack_answers_on_the_machines_network_address() throws Exception {
        List<InetAddress> external = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Collections.list(nic.getInetAddresses()).stream().filter(a -> a instanceof Inet4Address).forEach(external::add);
            }
        }
        List<String> answered = new ArrayList<>();
        for (InetAddress address : external) {
            for (Listeners.Listener l : Listeners.of(stackPids())) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(address, l.port()), 1000);
                    answered.add(address.getHostAddress() + ":" + l.port());
                } catch (IOException refused) {
                    // refused: nothing listens there
                }
            }
        }
        exchange("TCP connect to every stack port on " + external, "answered: " + answered);
        assertThat(answered).isEmpty();
    }

    @Test @Order(103)
    void a_raw_credential_free_dubbo_request_to_kaola_user_gets_no_answer() throws Exception {
        int port = 20881 + Stack.PORT_OFFSET;
        byte[] request = {(byte) 0xda, (byte) 0xbb, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0};
        int answered = 0;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("::1", port), 2000);
            s.setSoTimeout(5000);
            s.getOutputStream().write(request);
            for (int n; (n = s.getInputStream().read(new byte[256])) != -1; ) answered += n;
        } catch (IOException closed) {
            // closed or reset by the provider's TLS handler
        }
        exchange("plaintext Dubbo request header to [::1]:" + port + " (kaola-user)", answered + " bytes back");
        assertThat(answered).isZero();
    }

    // ---- 2. Sandboxes are a profile, not the product ----------------------------------------------------------

    @Test @Order(201)
    void the_stack_announces_that_the_sandbox_profile_is_on() {
        exchange("./kaola up", stack.upOutput.lines().filter(l -> l.contains("Profile")).toList().toString());
        assertThat(stack.upOutput).contains("sandbox ON");
    }

    @Test @Order(202)
    void kaola_payment_without_the_sandbox_profile_and_without_a_real_provider_refuses_to_start() throws Exception {
        Path jar = stack.root.resolve("kaola-payment/kaola-payment-service/target/kaola-payment-service.jar");
        Path log = stack.var.resolve("logs/payment-no-profile.log");
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx200m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-DKAOLA_PAYMENT_HTTP_PORT=" + (18086 + Stack.PORT_OFFSET + 200),
                "-DKAOLA_PAYMENT_DUBBO_PORT=" + (20886 + Stack.PORT_OFFSET + 200),
                "-Drocketmq.log.root=" + stack.var.resolve("logs/rocketmq"), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("KAOLA_ZK", "127.0.0.1:" + (2181 + Stack.PORT_OFFSET));
        pb.environment().put("KAOLA_MQ_NAMESRV", "127.0.0.1:" + (9876 + Stack.PORT_OFFSET));
        pb.environment().put("KAOLA_DB_SUFFIX", Stack.DB_SUFFIX);
        pb.environment().put("KAOLA_RPC_TLS_DIR", stack.var.resolve("tls").toString());
        pb.environment().remove("SPRING_PROFILES_ACTIVE");
        Process process = pb.start();
        boolean exited = process.waitFor(150, TimeUnit.SECONDS);
        if (!exited) process.destroyForcibly();
        String output = Files.readString(log);
        exchange("java -jar kaola-payment-service.jar (no profile)", "exit " + (exited ? process.exitValue() : "none")
                + ": " + output.lines().filter(l -> l.contains("payment provider")).findFirst().orElse("?"));
        assertThat(exited).as("kaola-payment must stop by itself").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("no payment provider");
    }

    @Test @Order(203)
    void the_sandbox_cashier_refuses_a_confirm_without_the_token_without_a_payer_or_with_a_reused_token() throws Exception {
        Buyer buyer = verifiedBuyer();
        String orderNo = placeOrder(buyer);
        JsonNode payment = openPayment(buyer, orderNo);
        String payUrl = payment.path("payUrl").asText();
        String confirmUrl = payment.path("confirmUrl").asText();
        Map<String, String> payer = Map.of("payerName", buyer.name, "payerIdNumber", buyer.idNumber);

        Http.Response noToken = Http.post(payUrl + "/confirm", null, payer);
        exchange("POST " + payUrl + "/confirm (no token) + payer", noToken);
        assertThat(noToken.status()).isIn(400, 401, 403);

        Http.Response noBody = Http.post(confirmUrl, null, null);
        exchange("POST confirmUrl with no body", noBody);
        assertThat(noBody.status()).isEqualTo(400);

        Http.Response paid = Http.post(confirmUrl, null, payer);
        exchange("POST confirmUrl + payer", paid);
        assertThat(paid.status()).isBetween(200, 202);

        Http.Response reused = Http.post(confirmUrl, null, payer);
        exchange("POST confirmUrl again (reused token)", reused);
        assertThat(reused.status()).isIn(401, 403, 409, 410);
        awaitStatus(buyer.token, orderNo, "PAID");
    }

    @Test @Order(204)
    void payment_numbers_are_not_guessable() throws Exception {
        Buyer buyer = verifiedBuyer();
        String first = openPayment(buyer, placeOrder(buyer)).path("paymentNo").asText();
        String second = openPayment(buyer, placeOrder(buyer)).path("paymentNo").asText();
        exchange("two payments opened one after the other", first + ", " + second);
        assertThat(first.length()).as("more than a timestamp-based snowflake id").isGreaterThan(19);
        assertThat(first.substring(first.length() - 8)).isNotEqualTo(second.substring(second.length() - 8));
        Http.Response guess = Http.get(api + "/payments/" + first, verifiedBuyer().token);
        exchange("another buyer reads " + first, guess);
        assertThat(guess.status()).isEqualTo(404);
    }

    // ---- 3. No money taken for a closed order ------------------------------------------------------------------

    @Test @Order(301)
    void a_cancelled_orders_payment_can_no_longer_be_confirmed() throws Exception {
        Buyer buyer = verifiedBuyer();
        String orderNo = placeOrder(buyer);
        JsonNode payment = openPayment(buyer, orderNo);
        Http.Response cancel = Http.post(api + "/orders/" + orderNo + "/cancel", buyer.token, null);
        exchange("POST /orders/" + orderNo + "/cancel with an open payment", cancel);
        assertThat(cancel.status()).as(cancel.raw()).isEqualTo(200);
        assertThat(cancel.json().path("status").asText()).isEqualTo("CLOSED");

        Http.Response confirm = Http.post(payment.path("confirmUrl").asText(), null,
                Map.of("payerName", buyer.name, "payerIdNumber", buyer.idNumber));
        exchange("POST confirmUrl after the cancel", confirm);
        assertThat(confirm.status()).isIn(403, 404, 409, 410);
        Http.Response after = Http.get(api + "/payments/" + payment.path("paymentNo").asText(), buyer.token);
        exchange("GET the payment", after);
        assertThat(after.json().path("status").asText()).isNotEqualTo("SUCCEEDED");
        assertThat(Http.get(api + "/orders/" + orderNo, buyer.token).json().path("status").asText()).isEqualTo("CLOSED");
    }

    @Test @Order(302)
    void cancelling_an_order_as_it_is_being_paid_is_refused_or_refunds_it_in_full() throws Exception {
        Buyer buyer = verifiedBuyer();
        String orderNo = placeOrder(buyer);
        JsonNode payment = openPayment(buyer, orderNo);
        Http.Response paid = Http.post(payment.path("confirmUrl").asText(), null,
                Map.of("payerName", buyer.name, "payerIdNumber", buyer.idNumber));
        assertThat(paid.status()).as(paid.raw()).isBetween(200, 202);
        Http.Response cancel = Http.post(api + "/orders/" + orderNo + "/cancel", buyer.token, null);
        exchange("POST /orders/" + orderNo + "/cancel right after paying", cancel);
        if (cancel.status() == 409) {   // the notification has not made it PAID yet: the cancel cannot close it
            assertThat(cancel.contentType()).contains("application/problem+json");
            assertThat(cancel.code()).isEqualTo("ORDER_ALREADY_PAID");
            awaitStatus(buyer.token, orderNo, "PAID");
        } else {                        // it was PAID already: a cancel before customs release refunds it
            assertThat(cancel.status()).as(cancel.raw()).isEqualTo(200);
            awaitStatus(buyer.token, orderNo, "REFUNDED");
        }
    }

    @Test @Order(303)
    void the_notify_endpoint_takes_the_providers_request_whatever_its_accept_header_and_bounds_its_size() throws Exception {
        byte[] body = "{\"paymentNo\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Response json = RawHttp.send(null, gatewayPort, "POST", "/api/payments/notify/sandbox", body,
                "Content-Type: application/json", "Accept: application/json", "X-Sandbox-Signature: 00");
        exchange("POST /api/payments/notify/sandbox, Accept: application/json, bad signature", json);
        assertThat(json.status()).as("judged on its signature, not refused for its Accept header").isEqualTo(403);
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        RawHttp.Response tooBig = RawHttp.send(null, gatewayPort, "POST", "/api/payments/notify/sandbox", big,
                "Content-Type: application/json", "X-Sandbox-Signature: 00");
        exchange("POST a 2 MB notification", tooBig);
        assertThat(tooBig.status()).isEqualTo(413);
    }

    // ---- 4. Limits and hygiene at the gateway -----------------------------------------------------------------

    @Test @Order(401)
    void wrong_passwords_are_throttled_and_the_owner_logs_in_after_the_window() throws Exception {
        String email = "throttled-" + UUID.randomUUID() + "@example.com";
        register(email);
        List<Integer> statuses = new ArrayList<>();
        Http.Response last = null;
        for (int i = 0; i < 30; i++) {
            last = Http.post(api + "/auth/login", null, Map.of("email", email, "password", "wrong-password-" + i));
            statuses.add(last.status());
        }
        exchange("30 wrong passwords for " + email, statuses + "; last " + last.raw());
        assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(5);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.code()).isEqualTo("COMMON_RATE_LIMITED");

        Http.Response owner = Http.post(api + "/auth/login", null, Map.of("email", email, "password", PASSWORD));
        exchange("the owner's right password at once", owner);
        assertThat(owner.status()).isEqualTo(429);
        Instant deadline = Instant.now().plusSeconds(60);
        while (owner.status() == 429 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            owner = Http.post(api + "/auth/login", null, Map.of("email", email, "password", PASSWORD));
        }
        exchange("the owner's right password after the window", owner);
        assertThat(owner.status()).isEqualTo(200);
    }

    @Test @Order(402)
    void identity_verification_attempts_are_limited_per_user_per_day() throws Exception {
        String token = registerAndLogin("guesser-" + UUID.randomUUID() + "@example.com");
        List<Integer> statuses = new ArrayList<>();
        Http.Response last = null;
        for (int i = 0; i < 30; i++) {
            last = Http.post(api + "/me/identity", token, Map.of("name", "王小明", "idNumber", IdentityNumbers.next()));
            statuses.add(last.status());
        }
        exchange("30 name + number guesses", statuses + "; last " + last.raw());
        assertThat(statuses.stream().filter(s -> s != 429).count()).isLessThanOrEqualTo(5);
        assertThat(last.code()).isEqualTo("COMMON_RATE_LIMITED");
    }

    @Test @Order(403)
    void registration_is_limited_per_client_ip() throws Exception {
        String from = "127.0.0.3";   // a client of its own: the budget of 127.0.0.1 (the other tests) is not touched
        List<Integer> statuses = new ArrayList<>();
        RawHttp.Response last = null;
        for (int i = 0; i < 400 && (last == null || last.status() != 429); i++) {
            byte[] body = Http.JSON.writeValueAsBytes(Map.of("email", "bot-" + UUID.randomUUID() + "@example.com",
                    "password", "x"));   // refused as weak: cheap, and it still counts
            last = RawHttp.send(from, gatewayPort, "POST", "/api/auth/register", body, "Content-Type: application/json");
            statuses.add(last.status());
        }
        exchange(statuses.size() + " registrations from " + from, "last " + last + ", Retry-After " + last.header("Retry-After"));
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.body()).contains("COMMON_RATE_LIMITED");
        assertThat(last.header("Retry-After")).isNotBlank();
    }

    @Test @Order(404)
    void a_9_mb_json_login_is_refused_with_413_before_it_is_read() throws Exception {
        byte[] body = ("{\"email\":\"a@example.com\",\"password\":\"" + "x".repeat(9 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Response r = RawHttp.send(null, gatewayPort, "POST", "/api/auth/login", body, "Content-Type: application/json");
        exchange("POST /api/auth/login with a 9 MB body", r);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).contains("COMMON_PAYLOAD_TOO_LARGE");
    }

    @Test @Order(405)
    void an_anonymous_21_mb_upload_is_refused_401_without_being_parsed() throws Exception {
        String boundary = "kaola-" + UUID.randomUUID();
        byte[] part = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(part, (byte) 'a');
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"products.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(part);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        RawHttp.Response r = RawHttp.send(null, gatewayPort, "POST", "/api/admin/catalog/import", body.toByteArray(),
                "Content-Type: multipart/form-data; boundary=" + boundary);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        exchange("anonymous POST /api/admin/catalog/import, 21 MB multipart", r + " in " + ms + " ms");
        assertThat(r.status()).isIn(401, 413);   // 401 (not authenticated) or 413 (over the cap) — never parsed
        assertThat(r.body()).containsAnyOf("COMMON_UNAUTHENTICATED", "COMMON_PAYLOAD_TOO_LARGE");
    }

    @Test @Order(406)
    void strict_input_refuses_fractional_and_string_integers_numeric_id_numbers_and_bidi_characters() throws Exception {
        Buyer buyer = verifiedBuyer();
        for (Object quantity : List.of(2.5, "2")) {
            Http.Response r = Http.post(api + "/orders", buyer.token, Map.of("address", Shoppers.address(buyer.token),
                    "lines", List.of(Map.of("skuCode", sku, "quantity", quantity))), UUID.randomUUID().toString());
            exchange("order with quantity " + Http.JSON.writeValueAsString(quantity), r);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("COMMON_INVALID_REQUEST");
        }
        String token = registerAndLogin("numeric-" + UUID.randomUUID() + "@example.com");
        Http.Response numeric = Http.post(api + "/me/identity", token, Map.of("name", "王小明", "idNumber", 110101199001011234L));
        exchange("identity with a numeric idNumber", numeric);
        assertThat(numeric.status()).isEqualTo(400);

        Map<String, Object> bidiAddress = new java.util.HashMap<>(Shoppers.address(buyer.token));
        bidiAddress.put("consignee", "李\u202Eelbat");
        Http.Response bidi = Http.post(api + "/orders", buyer.token, Map.of("address", bidiAddress,
                "lines", List.of(Map.of("skuCode", sku, "quantity", 1))), UUID.randomUUID().toString());
        exchange("order with U+202E in the consignee", bidi);
        assertThat(bidi.status()).isEqualTo(400);
        Http.Response control = Http.post(api + "/auth/register", null, Map.of("email", "ctl-" + UUID.randomUUID()
                + "@example.com", "password", PASSWORD, "displayName", "Mei\u0007"));
        exchange("register with a BEL in the display name", control);
        assertThat(control.status()).isEqualTo(400);
    }

    @Test @Order(407)
    void the_same_idempotency_key_with_another_body_answers_422() throws Exception {
        Buyer buyer = verifiedBuyer();
        String key = UUID.randomUUID().toString();
        Http.Response first = Http.post(api + "/orders", buyer.token, Map.of("address", Shoppers.address(buyer.token),
                "lines", List.of(Map.of("skuCode", sku, "quantity", 1))), key);
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        Http.Response other = Http.post(api + "/orders", buyer.token, Map.of("address", Shoppers.address(buyer.token),
                "lines", List.of(Map.of("skuCode", sku, "quantity", 2))), key);
        exchange("same Idempotency-Key, quantity 2 instead of 1", other);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("ORDER_IDEMPOTENCY_KEY_REUSED");
    }

    @Test @Order(408)
    void tokens_without_exp_iss_or_aud_are_refused() throws Exception {
        String secret = secret("KAOLA_JWT_SECRET");
        long now = Instant.now().getEpochSecond();
        Map<String, Object> full = Map.of("sub", "1", "roles", List.of("OPS"), "iss", "kaola-gateway",
                "aud", "kaola-api", "iat", now, "exp", now + 600);
        Http.Response valid = Http.get(api + "/admin/fx-rates", hs256(secret, full));
        exchange("a token with every claim, signed with the key", valid.status() + "");
        assertThat(valid.status()).as("the forged-but-complete token proves the signing is right").isEqualTo(200);
        for (String claim : List.of("exp", "iss", "aud")) {
            Map<String, Object> missing = new java.util.HashMap<>(full);
            missing.remove(claim);
            Http.Response r = Http.get(api + "/admin/fx-rates", hs256(secret, missing));
            exchange("the same token without " + claim, r);
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.code()).isEqualTo("COMMON_UNAUTHENTICATED");
        }
    }

    @Test @Order(409)
    void short_and_common_passwords_are_refused() throws Exception {
        for (String weak : List.of("short", "password123", "qwertyuiop")) {
            Http.Response r = Http.post(api + "/auth/register", null,
                    Map.of("email", "weak-" + UUID.randomUUID() + "@example.com", "password", weak));
            exchange("register with password " + weak, r);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("USER_WEAK_PASSWORD");
        }
    }

    @Test @Order(410)
    void responses_with_personal_data_are_not_cached() throws Exception {
        Buyer buyer = verifiedBuyer();
        for (String path : List.of("/me", "/me/identity", "/me/quota", "/orders?page=0&size=5")) {
            RawHttp.Response r = RawHttp.send(null, gatewayPort, "GET", "/api" + path, null, "Authorization: Bearer " + buyer.token);
            exchange("GET /api" + path, r.status() + " Cache-Control: " + r.header("Cache-Control"));
            assertThat(r.header("Cache-Control")).contains("no-store");
        }
    }

    @Test @Order(411)
    void errors_the_container_raises_are_problem_json_too() throws Exception {
        for (String path : List.of("/api/orders/%00", "/api/orders/..%2Fx")) {
            RawHttp.Response r = RawHttp.send(null, gatewayPort, "GET", path, null);
            exchange("GET " + path, r + " (" + r.header("Content-Type") + ")");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.header("Content-Type")).contains("application/problem+json");
            assertThat(r.body()).contains("COMMON_INVALID_REQUEST");
        }
    }

    @Test @Order(412)
    void kaola_up_does_not_print_the_ops_password() throws IOException {
        exchange("./kaola up", stack.upOutput.lines().filter(l -> l.contains("Ops login")).toList().toString());
        assertThat(stack.upOutput).doesNotContain(stack.opsPassword).contains("secrets.env");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(stack.var.resolve("secrets.env")))).isEqualTo("rw-------");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private record Buyer(String token, String name, String idNumber) {}

    private static void exchange(String sent, Object received) {
        System.out.println("[security] sent: " + sent);
        System.out.println("[security] got:  " + (received instanceof Http.Response r ? r.status() + " " + r.raw() : received));
    }

    private List<Long> stackPids() throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> files = Files.list(stack.var.resolve("run"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.toString().endsWith(".pid")) continue;
                long pid = Long.parseLong(Files.readString(f).trim());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) pids.add(pid);
            }
        }
        return pids;
    }

    private String cheapSku() throws Exception {
        JsonNode items = Http.get(api + "/products?category=armchairs&page=0&size=50", null).json().path("items");
        for (JsonNode item : items) {
            if (item.at("/supplierPrice/minor").asLong() < 10_000) {
                JsonNode detail = Http.get(api + "/products/" + item.path("spuId").asText(), null).json();
                return detail.at("/skus/0/skuCode").asText();
            }
        }
        throw new IllegalStateException("no armchair under 100 in the catalogue: " + items);
    }

    private Buyer verifiedBuyer() throws Exception {
        String token = registerAndLogin("sec-" + UUID.randomUUID() + "@example.com");
        String number = IdentityNumbers.next();
        Http.Response real = Http.post(api + "/admin/sandbox/identities", opsToken, Map.of("name", "韩梅梅", "idNumber", number));
        assertThat(real.status()).as(real.raw()).isBetween(200, 204);
        Http.Response verified = Http.post(api + "/me/identity", token, Map.of("name", "韩梅梅", "idNumber", number));
        assertThat(verified.status()).as(verified.raw()).isEqualTo(200);
        return new Buyer(token, "韩梅梅", number);
    }

    private String placeOrder(Buyer buyer) throws Exception {
        Http.Response placed = Http.post(api + "/orders", buyer.token, Map.of("address", Shoppers.address(buyer.token),
                "lines", List.of(Map.of("skuCode", sku, "quantity", 1))), UUID.randomUUID().toString());
        assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
        return placed.json().path("orderNo").asText();
    }

    private JsonNode openPayment(Buyer buyer, String orderNo) throws Exception {
        Http.Response payment = Http.post(api + "/orders/" + orderNo + "/payments", buyer.token, null);
        assertThat(payment.status()).as(payment.raw()).isEqualTo(201);
        assertThat(payment.json().path("confirmUrl").asText()).isNotBlank();
        return payment.json();
    }

    private void awaitStatus(String token, String orderNo, String status) throws Exception {
        String now = null;
        for (int i = 0; i < 60; i++) {
            now = Http.get(api + "/orders/" + orderNo, token).json().path("status").asText();
            if (status.equals(now)) return;
            Thread.sleep(500);
        }
        throw new AssertionError("order " + orderNo + " is " + now + ", never " + status);
    }

    private void register(String email) throws Exception {
        Http.Response r = Http.post(api + "/auth/register", null, Map.of("email", email, "password", PASSWORD));
        assertThat(r.status()).as(r.raw()).isEqualTo(201);
    }

    private String registerAndLogin(String email) throws Exception {
        register(email);
        return login(email, PASSWORD);
    }

    private String login(String email, String password) throws Exception {
        Http.Response r = Http.post(api + "/auth/login", null, Map.of("email", email, "password", password));
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.json().path("accessToken").asText();
    }

    private String secret(String name) throws IOException {
        return Files.readAllLines(stack.var.resolve("secrets.env")).stream().filter(l -> l.startsWith(name + "="))
                .map(l -> l.substring(name.length() + 1)).findFirst().orElseThrow();
    }

    /** A compact HS256 JWT with these claims (RFC 7519), signed with the gateway's key as UTF-8 bytes. */
    private static String hs256(String secret, Map<String, Object> claims) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(Http.JSON.writeValueAsBytes(claims));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }
}
