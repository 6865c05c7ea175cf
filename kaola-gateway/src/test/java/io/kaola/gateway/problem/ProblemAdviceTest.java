package io.kaola.gateway.problem;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.CrossBorderError;
import io.kaola.inventory.api.InventoryError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemAdviceTest {

    @RestController
    static class Endpoints {
        record Body(@NotNull Long quantity) {}

        @GetMapping("/refused")
        void refused() { throw InventoryError.INSUFFICIENT_STOCK.exception("only 2 left of sku 10231"); }

        @GetMapping("/over-limit")
        void overLimit() {
            throw CrossBorderError.OVER_ANNUAL_LIMIT.exception("this order of 1000.01 CNY passes your 2026 limit")
                    .with("limit", "ANNUAL").with("amountCny", "1000.01").with("remainingCny", "1000.00")
                    .with("year", 2026).with("code", "FORGED").with("status", "200");
        }

        @GetMapping("/anonymous")
        void anonymous() { throw CommonError.UNAUTHENTICATED.exception("send an access token"); }

        @GetMapping("/bug")
        void bug() { throw new IllegalStateException("password=hunter2 at io.kaola.Secret"); }

        @GetMapping("/timeout")
        void timeout() { throw new RpcException(RpcException.TIMEOUT_EXCEPTION, "Invoke remote method timeout"); }

        @PostMapping("/body")
        void body(@Valid @RequestBody Body body) {}

        @PostMapping("/header")
        void header(@RequestHeader("Idempotency-Key") String key) {}

        @GetMapping("/page")
        void page(@RequestParam @Min(0) int page) {}
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Endpoints())
            .setControllerAdvice(new ProblemAdvice()).addFilters(new TraceIdFilter()).build();

    @Test
    void a_refusal_is_a_problem_with_the_status_of_its_kind_its_code_and_the_trace_id() throws Exception {
        MvcResult result = mvc.perform(get("/refused"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kaola:problem:inventory-insufficient-stock"))
                .andExpect(jsonPath("$.title").value("Out of stock"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").value("only 2 left of sku 10231"))
                .andExpect(jsonPath("$.code").value("INVENTORY_INSUFFICIENT_STOCK"))
                .andReturn();

        String traceId = result.getResponse().getHeader(TraceIds.HEADER);
        assertThat(traceId).matches("[0-9a-f]{16}");
        assertThat(result.getResponse().getContentAsString()).contains("\"traceId\":\"" + traceId + "\"");
    }

    @Test
    void a_refusals_details_are_extension_members_next_to_code_and_trace_id() throws Exception {
        mvc.perform(get("/over-limit"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("CROSSBORDER_OVER_ANNUAL_LIMIT"))
                .andExpect(jsonPath("$.traceId").isNotEmpty())
                .andExpect(jsonPath("$.limit").value("ANNUAL"))
                .andExpect(jsonPath("$.amountCny").value("1000.01"))
                .andExpect(jsonPath("$.remainingCny").value("1000.00"))
                .andExpect(jsonPath("$.year").value("2026"));
    }

    @Test
    void a_detail_cannot_replace_a_member_of_the_problem() throws Exception {
        String body = mvc.perform(get("/over-limit"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.code").value("CROSSBORDER_OVER_ANNUAL_LIMIT"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("FORGED");
    }

    @Test
    void a_client_accepting_only_text_still_gets_the_problem() throws Exception {
        mvc.perform(get("/refused").accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVENTORY_INSUFFICIENT_STOCK"));
    }

    @Test
    void an_unauthenticated_refusal_names_the_bearer_scheme() throws Exception {
        mvc.perform(get("/anonymous"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.code").value("COMMON_UNAUTHENTICATED"));
    }

    @Test
    void a_bug_is_a_bare_500_without_message_or_stack_trace() throws Exception {
        String body = mvc.perform(get("/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("COMMON_INTERNAL"))
                .andExpect(jsonPath("$.traceId").isNotEmpty())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("hunter2", "IllegalStateException", "io.kaola", "trace\"");
    }

    @Test
    void a_service_that_does_not_answer_is_503() throws Exception {
        String body = mvc.perform(get("/timeout"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("COMMON_SERVICE_UNAVAILABLE"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("Invoke remote method");
    }

    @Test
    void an_unknown_path_is_a_404_problem() throws Exception {
        mvc.perform(get("/no/such/thing"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("COMMON_NOT_FOUND"))
                .andExpect(jsonPath("$.type").value("urn:kaola:problem:common-not-found"));
    }

    @Test
    void a_wrong_method_is_a_405_problem() throws Exception {
        mvc.perform(post("/refused"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(jsonPath("$.code").value("COMMON_METHOD_NOT_ALLOWED"));
    }

    @Test
    void malformed_json_is_an_invalid_request() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"));
    }

    @Test
    void a_missing_field_is_named_in_the_detail() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"))
                .andExpect(jsonPath("$.detail").value("quantity must not be null"));
    }

    @Test
    void an_unsupported_media_type_is_a_415_problem() throws Exception {
        mvc.perform(post("/body").contentType(MediaType.TEXT_PLAIN).content("quantity=1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("COMMON_UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void a_missing_header_is_an_invalid_request_naming_it() throws Exception {
        mvc.perform(post("/header"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Idempotency-Key")));
    }

    @Test
    void an_out_of_range_parameter_is_an_invalid_request_naming_it() throws Exception {
        mvc.perform(get("/page").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("page ")));
        mvc.perform(get("/page").param("page", "one"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COMMON_INVALID_REQUEST"));
    }
}
