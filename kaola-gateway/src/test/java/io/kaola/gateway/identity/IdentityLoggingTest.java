package io.kaola.gateway.identity;

import io.kaola.gateway.config.LimitsProperties;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.auth.CallerArgumentResolver;
import io.kaola.gateway.config.RedactingJsonConverter;
import io.kaola.gateway.problem.ProblemAdvice;
import io.kaola.gateway.problem.TraceIdFilter;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentityStatus;
import io.kaola.user.api.IdentityView;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserError;
import io.kaola.user.api.VerifiedBuyer;
import io.kaola.user.api.VerifyIdentityRequest;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The identity number a shopper sends is never printed by the gateway, whatever happens to the request and
 * even with every logger at TRACE (Spring's DEBUG/TRACE lines print the body object, masked by
 * IdentityBody.toString, and unreadable-body errors, redacted by RedactingJsonConverter). The IdentityService is a stand-in: "…002X" verifies, "…0018" mismatches,
 * "…0026" is a provider outage (RpcException), anything else a bug.
 */
class IdentityLoggingTest {
    static final String VERIFIES = "11010519491231002X";
    static final String MISMATCHES = "110101200002290018";
    static final String TIMES_OUT = "110101199003070026";

    static class StandInIdentities implements IdentityService {
        @Override
        public IdentityView verify(VerifyIdentityRequest request) {
            return switch (request.idNumber()) {
                case VERIFIES -> new IdentityView(request.userId(), IdentityStatus.VERIFIED, request.name(),
                        "1101**********002X", Instant.parse("2026-03-01T00:00:00Z"));
                case MISMATCHES -> throw UserError.IDENTITY_MISMATCH.exception("the name does not match this number");
                case TIMES_OUT -> throw new RpcException(RpcException.TIMEOUT_EXCEPTION, "Invoke remote method timeout. method: verify");
                default -> throw new IllegalStateException("bug in the stand-in");
            };
        }

        @Override public IdentityView getIdentity(long userId) { throw new UnsupportedOperationException(); }
        @Override public VerifiedBuyer requireVerifiedBuyer(long userId) { throw new UnsupportedOperationException(); }
        @Override public DeclarationIdentity declarationIdentity(long userId) { throw new UnsupportedOperationException(); }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new IdentityController(new StandInIdentities(),
            // limits off: this test is about logging; EdgeLimitsIT tests the limits on Redis
            new io.kaola.gateway.limits.EdgeLimits(null, new io.kaola.gateway.config.LimitsProperties(false, null, null, null, null, null, null, null, null, null))))
            .setControllerAdvice(new ProblemAdvice()).setCustomArgumentResolvers(new CallerArgumentResolver())
            .setMessageConverters(new RedactingJsonConverter(Jackson2ObjectMapperBuilder.json().build()))
            .addFilters(new TraceIdFilter()).build();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void captureEveryLogLine() {
        rootLevel = root.getLevel();
        root.setLevel(Level.TRACE);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(logged);
        root.setLevel(rootLevel);
    }

    @Test
    void a_verified_identity_is_answered_masked_and_the_number_is_not_logged() throws Exception {
        String body = mvc.perform(verify("{\"name\":\"张三\",\"idNumber\":\"" + VERIFIES + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maskedIdNumber").value("1101**********002X"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(VERIFIES);
        assertNothingLoggedContains(VERIFIES);
    }

    @Test
    void refusals_outages_bugs_and_malformed_bodies_log_nothing_with_the_number() throws Exception {
        mvc.perform(verify("{\"name\":\"张三\",\"idNumber\":\"" + MISMATCHES + "\"}")).andExpect(status().isConflict());
        mvc.perform(verify("{\"name\":\"张三\",\"idNumber\":\"" + TIMES_OUT + "\"}")).andExpect(status().isServiceUnavailable());
        mvc.perform(verify("{\"name\":\"张三\",\"idNumber\":\"110101199003074477\"}")).andExpect(status().isInternalServerError());
        mvc.perform(verify("{\"name\":\"张三\",\"idNumber\":" + MISMATCHES.substring(0, 17) + "X}")).andExpect(status().isBadRequest());
        mvc.perform(verify("{\"name\":\"张三\",\"idNumber\":x" + MISMATCHES + "}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("the body is not valid JSON (line 1, column ")));
        mvc.perform(verify("{\"name\":\"张三\",\"idNumber\":[\"" + MISMATCHES + "\"]}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the JSON body's idNumber has the wrong type or format"));
        mvc.perform(verify("{\"name\":\"张三\",\"idNumber\":\"" + VERIFIES + "\"")).andExpect(status().isBadRequest());

        assertThat(logged.list).as("the failures were logged at all").isNotEmpty();
        assertNothingLoggedContains(MISMATCHES, MISMATCHES.substring(0, 17), TIMES_OUT, "110101199003074477", VERIFIES);
    }

    private static org.springframework.test.web.servlet.RequestBuilder verify(String json) {
        return post("/api/me/identity").contentType(MediaType.APPLICATION_JSON).content(json)
                .requestAttr(Caller.ATTRIBUTE, new Caller(42, "ann@example.com", Set.of(Role.SHOPPER)));
    }

    private void assertNothingLoggedContains(String... secrets) {
        String everything = logged.list.stream().map(e -> e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
        for (String secret : secrets) assertThat(everything).doesNotContain(secret);
    }
}
