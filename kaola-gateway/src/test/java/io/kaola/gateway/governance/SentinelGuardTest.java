package io.kaola.gateway.governance;

import io.kaola.gateway.governance.SentinelGuard.Hot;
import io.kaola.gateway.governance.SentinelGuard.Plan;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard's per-API plan: group and hot parameter from the route table, remembered per handler pattern. */
class SentinelGuardTest {
    private final SentinelGuard guard = new SentinelGuard(null);

    @Test
    void each_api_gets_its_group_and_hot_parameter() {
        assertThat(SentinelGuard.planFor("GET", "/api/products/42")).isEqualTo(new Plan("browse", Hot.PRODUCT_DETAIL));
        assertThat(SentinelGuard.planFor("GET", "/api/products")).isEqualTo(new Plan("browse", Hot.NONE));
        assertThat(SentinelGuard.planFor("POST", "/api/orders")).isEqualTo(new Plan("checkout", Hot.CHECKOUT));
        assertThat(SentinelGuard.planFor("GET", "/api/orders")).isEqualTo(new Plan("orders", Hot.NONE));
        assertThat(SentinelGuard.planFor("POST", "/api/auth/login")).isEqualTo(new Plan("account", Hot.LOGIN));
        assertThat(SentinelGuard.planFor("POST", "/api/flash-sales/3/attempts")).isEqualTo(new Plan("seckill", Hot.SECKILL));
        assertThat(SentinelGuard.planFor("GET", "/api/flash-sales/3")).isEqualTo(new Plan("seckill", Hot.NONE));
    }

    @Test
    void a_handler_pattern_is_planned_once_and_every_path_of_it_shares_the_plan() {
        Plan first = guard.plan(request("/api/products/{spuId}"), "GET", "/api/products/42");
        Plan second = guard.plan(request("/api/products/{spuId}"), "GET", "/api/products/43");
        assertThat(second).isSameAs(first).isEqualTo(new Plan("browse", Hot.PRODUCT_DETAIL));
        assertThat(guard.plan(request("/api/products/{spuId}"), "DELETE", "/api/products/42").hot())
                .as("the method is part of the key").isEqualTo(Hot.NONE);
    }

    @Test
    void a_catch_all_pattern_is_matched_path_by_path() {
        assertThat(guard.plan(request("/**"), "GET", "/api/orders/K1/x/y").group()).isEqualTo("orders");
        assertThat(guard.plan(request("/**"), "GET", "/api/cart/x/y").group()).isEqualTo("cart");
        assertThat(guard.plan(new MockHttpServletRequest(), "GET", "/api/nothing").group()).isEqualTo("other");
    }

    private static MockHttpServletRequest request(String pattern) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, pattern);
        return r;
    }
}
