package io.kaola.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.gateway.problem.Problems;
import io.kaola.gateway.problem.TraceIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/**
 * Writes a problem (the same shape as {@link io.kaola.gateway.problem.ProblemAdvice}'s) from a servlet filter,
 * where Spring MVC's exception handling does not reach.
 */
public final class ProblemResponses {
    private ProblemResponses() {}

    /**
     * @param status HTTP status, e.g. 413
     * @param detail a sentence a person can act on
     * @throws IOException when the response cannot be written
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
                             HttpStatus status, String detail) throws IOException {
        String traceId = TraceIds.of(request);
        ProblemDetail problem = Problems.of(status, Problems.codeFor(status), status.getReasonPhrase(), detail, traceId);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(TraceIds.HEADER, traceId);
        json.writeValue(response.getOutputStream(), problem);
    }
}
