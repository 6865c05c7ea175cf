package io.kaola.gateway.problem;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds RFC 9457 problem details in Kaola's shape: {@code type} = "urn:kaola:problem:" + the code in
 * lower case with '-' (INVENTORY_INSUFFICIENT_STOCK → urn:kaola:problem:inventory-insufficient-stock),
 * plus the extension members {@code code} and {@code traceId}, and a refusal's own details (e.g. which
 * cross-border limit, the amount, what remains this year) as further extension members.
 */
public final class Problems {
    /** Code of a failure that is a bug, not a refusal: the body says nothing more. */
    public static final String INTERNAL = "COMMON_INTERNAL";
    public static final String INTERNAL_DETAIL = "something went wrong on our side; quote the traceId if you report it";
    /** The refusal detail (and problem member) that also becomes the Retry-After header, whole seconds. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";
    /** Members a refusal's details may not replace. */
    static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "instance", "code", "traceId");

    private Problems() {}

    /**
     * @return the problem for a refusal, with the status of its kind (INVALID 400 ... UNAVAILABLE 503) and its
     *         {@link KaolaException#details() details} as extension members next to code and traceId (e.g.
     *         {@code "limit": "ANNUAL", "remainingCny": "1000.00"}); a detail named like a member the problem
     *         already has (type, title, status, detail, instance, code, traceId) is left out
     */
    public static ProblemDetail of(KaolaException e, String traceId) {
        ProblemDetail problem = of(HttpStatus.valueOf(e.kind().httpStatus()), e.code(), e.title(), e.getMessage(), traceId);
        Map<String, String> details = e.details();
        if (details != null) {
            details.forEach((name, value) -> {
                if (name != null && !RESERVED.contains(name)) problem.setProperty(name, value);
            });
        }
        return problem;
    }

    /** @return a problem with every member set */
    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, String traceId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return decorate(problem, code, traceId);
    }

    /** Adds {@code type}, {@code code} and {@code traceId} to a problem Spring MVC built. */
    public static ProblemDetail decorate(ProblemDetail problem, String code, String traceId) {
        problem.setType(typeOf(code));
        problem.setProperty("code", code);
        problem.setProperty("traceId", traceId);
        return problem;
    }

    /** @return "urn:kaola:problem:" + code in lower case with '-' for '_' */
    public static URI typeOf(String code) {
        return URI.create("urn:kaola:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * The stable code for a failure Spring MVC or the servlet container detected before any service
     * was asked (unknown path, wrong method, unreadable body, ...).
     *
     * @return e.g. COMMON_NOT_FOUND for 404, COMMON_INTERNAL for any 5xx but 503
     */
    public static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> CommonError.UNAUTHENTICATED.code();
            case 403 -> CommonError.FORBIDDEN.code();
            case 404 -> CommonError.NOT_FOUND.code();
            case 405 -> "COMMON_METHOD_NOT_ALLOWED";
            case 406 -> "COMMON_NOT_ACCEPTABLE";
            case 413 -> "COMMON_PAYLOAD_TOO_LARGE";
            case 415 -> "COMMON_UNSUPPORTED_MEDIA_TYPE";
            case 429 -> CommonError.RATE_LIMITED.code();
            case 503 -> CommonError.SERVICE_UNAVAILABLE.code();
            default -> status.is5xxServerError() ? INTERNAL : CommonError.INVALID_REQUEST.code();
        };
    }
}
