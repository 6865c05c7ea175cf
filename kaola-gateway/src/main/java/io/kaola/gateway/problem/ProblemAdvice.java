package io.kaola.gateway.problem;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.ErrorKind;
import io.kaola.common.error.KaolaException;
import io.kaola.gateway.config.RedactingJsonConverter;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes every failure as {@code application/problem+json} (RFC 9457, see {@link Problems}):
 * <ul>
 *   <li>{@link KaolaException} (a service's refusal): the status of its kind, its code, title and detail, and
 *       its details (limit, amountCny, remainingCny, ...) as extension members;</li>
 *   <li>what Spring MVC refuses itself (unknown path, wrong method, unreadable JSON, missing header,
 *       failed validation, ...): its status and a COMMON_* code;</li>
 *   <li>{@link RpcException} (no provider, timeout): 503 COMMON_SERVICE_UNAVAILABLE;</li>
 *   <li>a provider's Sentinel block (a RuntimeException naming SentinelBlockException): 429 COMMON_RATE_LIMITED or
 *       503 FLOW_CONTROL_DEGRADED / FLOW_CONTROL_OVERLOADED, with Retry-After (governance.SentinelBlocks);</li>
 *   <li>a refusal with a {@code retryAfterSeconds} detail (COMMON_RATE_LIMITED): also the Retry-After header;</li>
 *   <li>a body past its cap ({@link PayloadTooLargeException}, also when a converter wrapped it): 413
 *       COMMON_PAYLOAD_TOO_LARGE;</li>
 *   <li>anything else is a bug: 500 COMMON_INTERNAL with a generic detail, logged with the traceId,
 *       never a stack trace in the body.</li>
 * </ul>
 * Nothing here logs a request body or parameter: a body may carry a resident identity number.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(KaolaException.class)
    public ResponseEntity<ProblemDetail> refusal(KaolaException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e, TraceIds.of(request));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
        // RFC 9110 §15.5.2: a 401 names the scheme the client should use
        if (e.kind() == ErrorKind.UNAUTHENTICATED) response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        // RFC 9110 §10.2.3 / RFC 6585 §4: a 429 (or 503) says when to come back, in seconds
        String retryAfter = e.details().get(Problems.RETRY_AFTER_SECONDS);
        if (retryAfter != null && retryAfter.matches("[0-9]{1,9}")) response.header(HttpHeaders.RETRY_AFTER, retryAfter);
        return response.body(problem);
    }

    @ExceptionHandler(RpcException.class)
    public ResponseEntity<ProblemDetail> serviceUnavailable(RpcException e, HttpServletRequest request) {
        String traceId = TraceIds.of(request);
        if (e.isSerialization()) return internal(e, request, traceId);
        var blocked = io.kaola.gateway.governance.SentinelBlocks.fromProvider(e);
        if (blocked.isPresent()) return refusal(blocked.get(), request);
        log.warn("service call failed traceId={} {} {}: {}", traceId, request.getMethod(), request.getRequestURI(),
                e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CommonError.SERVICE_UNAVAILABLE.code(),
                CommonError.SERVICE_UNAVAILABLE.title(), "a service did not answer in time; try again shortly", traceId);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    /** A body that grew past its cap while being read (chunked, or longer than announced): 413. */
    @ExceptionHandler(PayloadTooLargeException.class)
    public ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLargeException e, HttpServletRequest request) {
        return tooLarge(e, request);
    }

    private static ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                Problems.codeFor(HttpStatus.PAYLOAD_TOO_LARGE), HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase(),
                "the request body must be at most " + e.maxBytes() + " bytes (" + e.maxBytes() / 1024 + " KB)",
                TraceIds.of(request)));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> bug(Exception e, HttpServletRequest request) {
        // a provider's Sentinel block arrives as a bare RuntimeException (stack.md): 429/503, never a 500
        var blocked = io.kaola.gateway.governance.SentinelBlocks.fromProvider(e);
        if (blocked.isPresent()) return refusal(blocked.get(), request);
        return internal(e, request, TraceIds.of(request));
    }

    private static ResponseEntity<ProblemDetail> internal(Exception e, HttpServletRequest request, String traceId) {
        log.error("unexpected failure traceId={} {} {}", traceId, request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                Problems.INTERNAL, "Internal error", Problems.INTERNAL_DETAIL, traceId));
    }

    /** Says where an unreadable JSON body went wrong (never what it said: see RedactingJsonConverter). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return new ResponseEntity<>(tooLarge(tooLarge, ((ServletWebRequest) request).getRequest()).getBody(),
                        HttpStatus.PAYLOAD_TOO_LARGE);
            }
        }
        String detail = ex instanceof RedactingJsonConverter.UnreadableJson ? ex.getMessage() : "Failed to read request";
        ProblemDetail body = createProblemDetail(ex, status, detail, null, null, request);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    /** Names each invalid field of a JSON body. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String detail = Stream.concat(
                        ex.getFieldErrors().stream().map(f -> f.getField() + " " + f.getDefaultMessage()),
                        ex.getGlobalErrors().stream().map(g -> g.getDefaultMessage()))
                .sorted().collect(Collectors.joining("; "));
        ex.getBody().setDetail(detail);
        return super.handleMethodArgumentNotValid(ex, headers, status, request);
    }

    /** Names each invalid parameter (query, path, header). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        String detail = ex.getParameterValidationResults().stream()
                .flatMap(ProblemAdvice::describe).sorted().collect(Collectors.joining("; "));
        ex.getBody().setDetail(detail);
        return super.handleHandlerMethodValidationException(ex, headers, status, request);
    }

    private static Stream<String> describe(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return result.getResolvableErrors().stream().map(error -> name + " " + error.getDefaultMessage());
    }

    /** Every failure Spring MVC handles itself ends here: add type, code and traceId; hide 5xx details. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail problem)) return response;
        HttpServletRequest servletRequest = ((ServletWebRequest) request).getRequest();
        String traceId = TraceIds.of(servletRequest);
        if (statusCode.is5xxServerError()) {
            log.error("request failed traceId={} {} {}", traceId, servletRequest.getMethod(),
                    servletRequest.getRequestURI(), ex);
            problem.setDetail(Problems.INTERNAL_DETAIL);
        }
        Problems.decorate(problem, Problems.codeFor(statusCode), traceId);
        return response;
    }
}
