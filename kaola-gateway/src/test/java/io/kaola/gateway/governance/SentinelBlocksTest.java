package io.kaola.gateway.governance;

import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.alibaba.csp.sentinel.slots.block.flow.FlowException;
import com.alibaba.csp.sentinel.slots.system.SystemBlockException;
import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentinelBlocksTest {

    @Test
    void a_provider_block_is_429_or_503_never_a_bug() {
        assertThat(SentinelBlocks.fromProvider(new RuntimeException("SentinelBlockException: FlowException")))
                .map(KaolaException::code).contains("COMMON_RATE_LIMITED");
        assertThat(SentinelBlocks.fromProvider(new RuntimeException("x", new RuntimeException("SentinelBlockException: ParamFlowException"))))
                .map(KaolaException::code).contains("COMMON_RATE_LIMITED");
        assertThat(SentinelBlocks.fromProvider(new RuntimeException("SentinelBlockException: DegradeException")))
                .map(KaolaException::code).contains("FLOW_CONTROL_DEGRADED");
        assertThat(SentinelBlocks.fromProvider(new RuntimeException("SentinelBlockException: SystemBlockException")))
                .map(KaolaException::code).contains("FLOW_CONTROL_OVERLOADED");
        assertThat(SentinelBlocks.fromProvider(new RuntimeException("SentinelBlockException: AuthorityException")))
                .map(KaolaException::code).contains("COMMON_SERVICE_UNAVAILABLE");
        assertThat(SentinelBlocks.fromProvider(new IllegalStateException("disk on fire"))).isEmpty();
        assertThat(SentinelBlocks.fromProvider(new RuntimeException("SentinelBlockException: FlowException"))
                .orElseThrow().details()).containsEntry("retryAfterSeconds", "1");
    }

    @Test
    void a_gateway_block_names_its_resource_and_when_to_come_back() {
        assertThat(SentinelBlocks.refusal(new FlowException("default"), "browse").code()).isEqualTo("COMMON_RATE_LIMITED");
        assertThat(SentinelBlocks.refusal(new DegradeException("default"), "pay").details())
                .containsEntry("retryAfterSeconds", "5").containsEntry("resource", "pay");
        assertThat(SentinelBlocks.refusal(new SystemBlockException("browse", "thread"), "browse").code())
                .isEqualTo("FLOW_CONTROL_OVERLOADED");
    }

    @Test
    void every_api_has_a_group() {
        assertThat(ResourceGroups.of("GET", "/api/products/42")).isEqualTo("browse");
        assertThat(ResourceGroups.of("POST", "/api/orders")).isEqualTo("checkout");
        assertThat(ResourceGroups.of("GET", "/api/orders")).isEqualTo("orders");
        assertThat(ResourceGroups.of("POST", "/api/orders/K1/payments")).isEqualTo("pay");
        assertThat(ResourceGroups.of("POST", "/api/orders/K1/returns")).isEqualTo("after-sales");
        assertThat(ResourceGroups.of("POST", "/api/auth/login")).isEqualTo("account");
        assertThat(ResourceGroups.of("POST", "/api/flash-sales/3/attempts")).isEqualTo("seckill");
        assertThat(ResourceGroups.of("POST", "/api/payments/notify/sandbox")).isEqualTo("callbacks");
        assertThat(ResourceGroups.of("PUT", "/api/admin/flow-rules/browse")).isEqualTo("admin");
        assertThat(ResourceGroups.of("GET", "/api/nothing")).isEqualTo("other");
        assertThat(ResourceGroups.GROUPS).containsAll(ResourceGroups.ROUTES.stream().map(ResourceGroups.Route::group).toList());
    }
}
