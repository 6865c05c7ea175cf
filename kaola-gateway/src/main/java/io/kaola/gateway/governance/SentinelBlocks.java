package io.kaola.gateway.governance;

import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.alibaba.csp.sentinel.slots.block.degrade.DegradeException;
import com.alibaba.csp.sentinel.slots.block.flow.FlowException;
import com.alibaba.csp.sentinel.slots.block.flow.param.ParamFlowException;
import com.alibaba.csp.sentinel.slots.system.SystemBlockException;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;

import java.util.Optional;

/**
 * What a Sentinel refusal answers, as problem+json through the gateway's ProblemAdvice: a flow or hot-parameter
 * limit is 429 {@code COMMON_RATE_LIMITED}, an open circuit breaker 503 {@code FLOW_CONTROL_DEGRADED}, the system
 * rule 503 {@code FLOW_CONTROL_OVERLOADED}; each with {@code retryAfterSeconds} (and so a Retry-After header).
 * Never a 500.
 */
public final class SentinelBlocks {
    /** Seconds a client is asked to wait after a flow or hot-parameter limit (Sentinel's windows are 1 s). */
    public static final int RATE_RETRY_SECONDS = 1;
    /** Seconds a client is asked to wait after a circuit breaker or the system rule refused it. */
    public static final int UNAVAILABLE_RETRY_SECONDS = 5;

    private SentinelBlocks() { }

    /**
     * @param e        the block at the gateway
     * @param resource the resource entered, e.g. {@code checkout} or {@code checkout-by-user}
     * @return the refusal to throw
     */
    public static KaolaException refusal(BlockException e, String resource) {
        if (e instanceof FlowException || e instanceof ParamFlowException) {
            return CommonError.RATE_LIMITED.exception("too many requests on " + resource + "; try again in "
                    + RATE_RETRY_SECONDS + " s").with("resource", resource).with("retryAfterSeconds", RATE_RETRY_SECONDS);
        }
        if (e instanceof DegradeException) {
            return FlowControlError.DEGRADED.exception(resource + " is degraded for a while; try again in "
                    + UNAVAILABLE_RETRY_SECONDS + " s").with("resource", resource)
                    .with("retryAfterSeconds", UNAVAILABLE_RETRY_SECONDS);
        }
        if (e instanceof SystemBlockException) {
            return FlowControlError.OVERLOADED.exception("the platform is overloaded; try again in "
                    + UNAVAILABLE_RETRY_SECONDS + " s").with("retryAfterSeconds", UNAVAILABLE_RETRY_SECONDS);
        }
        return CommonError.SERVICE_UNAVAILABLE.exception(resource + " refused the request; try again shortly")
                .with("retryAfterSeconds", UNAVAILABLE_RETRY_SECONDS);
    }

    /**
     * A provider's Sentinel block reaches the gateway as a bare RuntimeException whose message (the provider's
     * exception text) contains {@code SentinelBlockException: <kind>} (stack.md, Dubbo 3 adapter).
     *
     * @param e anything a Dubbo call threw
     * @return the refusal for it (429 for a flow or hot-parameter block, 503 for the others), or empty when it is no
     *         Sentinel block
     */
    public static Optional<KaolaException> fromProvider(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m == null || !m.contains("SentinelBlockException")) continue;
            String resource = "a service";
            if (m.contains("ParamFlowException") || m.contains("FlowException")) {
                return Optional.of(CommonError.RATE_LIMITED.exception("a service is at its rate limit; try again in "
                        + RATE_RETRY_SECONDS + " s").with("retryAfterSeconds", RATE_RETRY_SECONDS));
            }
            if (m.contains("DegradeException")) {
                return Optional.of(FlowControlError.DEGRADED.exception(resource + " is degraded for a while; try again in "
                        + UNAVAILABLE_RETRY_SECONDS + " s").with("retryAfterSeconds", UNAVAILABLE_RETRY_SECONDS));
            }
            if (m.contains("SystemBlockException")) {
                return Optional.of(FlowControlError.OVERLOADED.exception("a service is overloaded; try again in "
                        + UNAVAILABLE_RETRY_SECONDS + " s").with("retryAfterSeconds", UNAVAILABLE_RETRY_SECONDS));
            }
            return Optional.of(CommonError.SERVICE_UNAVAILABLE.exception("a service refused the call; try again shortly")
                    .with("retryAfterSeconds", UNAVAILABLE_RETRY_SECONDS));
        }
        return Optional.empty();
    }
}
