package io.kaola.order.it;

import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.ShippingAddress;
import io.kaola.order.trade.application.OrderRiskPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 13 §4 in kaola-order, on real Redis and ZooKeeper: the blocklist (identity key, address phone) and order
 * anti-spam (distinct accounts per phone / identity), both changed live in the governance tree, refuse before anything
 * is reserved, while a repeat buyer passes; each refusal is counted under kaola:risk:blocks:&lt;rule&gt;.
 */
class OrderRiskIT extends OrderItSupport {
    private static final String OPS = "it:order-risk";

    @Autowired GovernanceStore store;
    @Autowired OrderRiskPorts.RiskRules rules;
    @Autowired RedissonClient redisson;

    @AfterEach
    void backToDefaults() throws Exception {
        store.delete("limits/order-burst-per-phone", OPS, "test done");
        store.delete("limits/order-burst-per-identity", OPS, "test done");
        store.delete("blocklist", OPS, "test done");
        await(() -> rules.perPhone().maxAccounts() == 1_000_000 && rules.perIdentity().maxAccounts() == 1_000_000
                && !rules.blocklist().blocksPhone("13000000000"));
    }

    @Test
    void a_burst_of_accounts_on_one_phone_is_refused_before_anything_is_reserved_while_a_repeat_buyer_passes() throws Exception {
        store.write("limits/order-burst-per-phone", "{\"permits\":2,\"window\":\"PT1M\"}", OPS, "test");
        await(() -> rules.perPhone().maxAccounts() == 2);
        String phone = freshPhone();
        long first = buyer(), second = buyer(), third = buyer();
        long before = blocks("order-burst.phone");

        assertThat(orders.placeOrder(request(first, phone)).orderNo()).isNotBlank();
        assertThat(orders.placeOrder(request(second, phone)).orderNo()).isNotBlank();
        long available = stock.available(EUR_1);

        KaolaException refused = catchThrowableOfType(KaolaException.class, () -> orders.placeOrder(request(third, phone)));
        assertThat(refused.code()).isEqualTo("RISK_ORDER_BURST");
        assertThat(refused.getMessage()).doesNotContain(phone);
        assertThat(stock.available(EUR_1)).as("nothing reserved by the refused order").isEqualTo(available);
        assertThat(rowsOfBuyer(third)).as("nothing written").isZero();
        assertThat(blocks("order-burst.phone")).isEqualTo(before + 1);

        assertThat(orders.placeOrder(request(first, phone)).orderNo()).as("a repeat buyer passes").isNotBlank();
        assertThat(orders.placeOrder(request(third, freshPhone())).orderNo()).as("the third account, another phone").isNotBlank();

        store.write("limits/order-burst-per-phone", "{\"permits\":3,\"window\":\"PT1M\"}", OPS, "raised live");
        await(() -> rules.perPhone().maxAccounts() == 3);
        assertThat(orders.placeOrder(request(third, phone)).orderNo()).as("the rule raised live").isNotBlank();
    }

    @Test
    void one_identity_ordering_from_many_accounts_is_refused() throws Exception {
        store.write("limits/order-burst-per-identity", "{\"permits\":2,\"window\":\"PT1M\"}", OPS, "test");
        await(() -> rules.perIdentity().maxAccounts() == 2);
        long owner = buyer(), alias1 = buyer(), alias2 = buyer();
        identity.shareIdentity(alias1, owner);
        identity.shareIdentity(alias2, owner);

        orders.placeOrder(request(owner, freshPhone()));
        orders.placeOrder(request(alias1, freshPhone()));
        long available = stock.available(EUR_1);
        KaolaException refused = catchThrowableOfType(KaolaException.class, () -> orders.placeOrder(request(alias2, freshPhone())));
        assertThat(refused.code()).isEqualTo("RISK_ORDER_BURST");
        assertThat(stock.available(EUR_1)).isEqualTo(available);
        assertThat(rowsOfBuyer(alias2)).isZero();
    }

    @Test
    void a_blocked_phone_or_identity_is_refused_and_let_through_again_once_unblocked() throws Exception {
        long buyer = buyer(), other = buyer();
        String phone = freshPhone();
        long phoneBlocks = blocks("blocklist.phone"), identityBlocks = blocks("blocklist.identity");
        store.write("blocklist", "{\"userIds\":[],\"ips\":[],\"identityKeys\":[\"" + identity.identityKeyOf(other)
                + "\"],\"phones\":[\"" + phone + "\"]}", OPS, "test");
        await(() -> rules.blocklist().blocksPhone(phone));

        long available = stock.available(EUR_1);
        KaolaException byPhone = catchThrowableOfType(KaolaException.class, () -> orders.placeOrder(request(buyer, phone)));
        assertThat(byPhone.code()).isEqualTo("RISK_BLOCKED");
        KaolaException byIdentity = catchThrowableOfType(KaolaException.class, () -> orders.placeOrder(request(other, freshPhone())));
        assertThat(byIdentity.code()).isEqualTo("RISK_BLOCKED");
        assertThat(byIdentity.getMessage()).as("no hint which list matched").isEqualTo(byPhone.getMessage());
        assertThat(stock.available(EUR_1)).isEqualTo(available);
        assertThat(rowsOfBuyer(buyer) + rowsOfBuyer(other)).isZero();
        assertThat(blocks("blocklist.phone")).isEqualTo(phoneBlocks + 1);
        assertThat(blocks("blocklist.identity")).isEqualTo(identityBlocks + 1);

        store.write("blocklist", "{\"userIds\":[],\"ips\":[],\"identityKeys\":[],\"phones\":[]}", OPS, "unblocked");
        await(() -> !rules.blocklist().blocksPhone(phone));
        assertThat(orders.placeOrder(request(buyer, phone)).orderNo()).isNotBlank();
        assertThat(orders.placeOrder(request(other, freshPhone())).orderNo()).isNotBlank();
    }

    private long blocks(String rule) { return redisson.getAtomicLong("kaola:risk:blocks:" + rule).get(); }

    private static PlaceOrderRequest request(long buyerId, String phone) {
        ShippingAddress a = new ShippingAddress(ADDRESS.consignee(), phone, ADDRESS.province(), ADDRESS.city(),
                ADDRESS.district(), ADDRESS.detail());
        return new PlaceOrderRequest(buyerId, UUID.randomUUID().toString(), a, List.of(line(EUR_1, 1)));
    }

    private static long buyer() { return ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L); }

    private static String freshPhone() { return "13" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)); }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("the governance change did not arrive within 10 s");
            Thread.sleep(20);
        }
    }
}
