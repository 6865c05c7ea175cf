package io.kaola.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.gateway.problem.Problems;
import io.kaola.gateway.problem.TraceIds;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's error report for what it refuses before any servlet runs (an encoded NUL or slash in the path, e.g.
 * {@code /api/orders/%00} or {@code /api/orders/..%2Fx}, a malformed request line), written as
 * application/problem+json in the shape of {@link Problems} (type, title, status, detail, code, traceId) instead of
 * Tomcat's HTML page. Installed on the Host in place of {@link ErrorReportValve} by {@link TomcatErrorReports};
 * errors inside the application never get here (they are problems already: ProblemAdvice, ProblemErrorController).
 * Never shows the request line nor an exception.
 */
public class ProblemErrorReportValve extends ErrorReportValve {
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as ErrorReportValve: nothing for < 400, when something was written, or when already reported
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) return;

        String traceId = TraceIds.newId();
        HttpStatus httpStatus = HttpStatus.resolve(status);
        String title = httpStatus != null ? httpStatus.getReasonPhrase() : "Error";
        String code = Problems.codeFor(httpStatus != null ? httpStatus : HttpStatus.valueOf(500));
        String detail;
        if (status >= 500) {
            log.error("request failed in the container traceId={}", traceId, throwable);
            detail = Problems.INTERNAL_DETAIL;
        } else if (status == 400) {
            detail = "the request could not be read: the URL or request line is malformed (e.g. an encoded NUL, "
                    + "backslash or slash in the path); fix the URL";
        } else {
            detail = title;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Problems.typeOf(code).toString());
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code);
        problem.put("traceId", traceId);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(TraceIds.HEADER, traceId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("could not write the error report traceId={}: {}", traceId, e.toString());
        }
    }
}
