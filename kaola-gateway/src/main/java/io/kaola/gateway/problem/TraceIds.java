package io.kaola.gateway.problem;

import jakarta.servlet.http.HttpServletRequest;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The trace id of a request: 16 random hex digits, in the response header {@value #HEADER}, in every
 * problem body and in the log lines of the request (MDC key {@value #MDC_KEY}), so that a person
 * reporting an error can be matched with the log.
 */
public final class TraceIds {
    public static final String HEADER = "X-Trace-Id";
    public static final String MDC_KEY = "traceId";
    private static final String ATTRIBUTE = TraceIds.class.getName();

    private TraceIds() {}

    /** @return the request's trace id, made now if {@link TraceIdFilter} did not run */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = newId();
            request.setAttribute(ATTRIBUTE, id);
        }
        return (String) id;
    }

    /** @return 16 random lower-case hex digits */
    public static String newId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
