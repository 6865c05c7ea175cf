package io.kaola.gateway.edge;

import io.kaola.gateway.problem.PayloadTooLargeException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.gateway.config.LimitsProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Bounds request bodies before anything reads them:
 * <ul>
 *   <li>multipart is taken only by {@value #UPLOAD_PATH} (POST); elsewhere 415 COMMON_UNSUPPORTED_MEDIA_TYPE, so
 *       that no other path can make the container parse parts. On that path the body is left to the multipart cap
 *       (spring.servlet.multipart.max-request-size, 20 MB), which applies only when the controller reads the parts,
 *       i.e. after AuthInterceptor let an ops caller in (spring.servlet.multipart.resolve-lazily=true);</li>
 *   <li>any other body: a Content-Length over kaola.gateway.limits.max-body (64 KB) is answered 413
 *       COMMON_PAYLOAD_TOO_LARGE at once, unread; a chunked body (or one longer than it said) is read through a
 *       counter that fails with {@link PayloadTooLargeException} (answered 413) at the first byte past the cap.</li>
 * </ul>
 * Tomcat then discards the unread rest of a refused body (server.tomcat.max-swallow-size) or closes the connection.
 */
public class RequestSizeFilter extends OncePerRequestFilter {
    /** The only path that takes multipart/form-data. */
    public static final String UPLOAD_PATH = "/api/admin/catalog/import";

    private final long maxBytes;
    private final ObjectMapper json;

    /**
     * @param limits kaola.gateway.limits (max-body)
     * @param json   the gateway's ObjectMapper, for the problem body
     */
    public RequestSizeFilter(LimitsProperties limits, ObjectMapper json) {
        this.maxBytes = limits.maxBody().toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            if (UPLOAD_PATH.equals(request.getRequestURI()) && "POST".equals(request.getMethod())) {
                chain.doFilter(request, response);
                return;
            }
            ProblemResponses.write(request, response, json, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "multipart bodies are accepted only by POST " + UPLOAD_PATH + "; send " + MediaType.APPLICATION_JSON_VALUE);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            ProblemResponses.write(request, response, json, HttpStatus.PAYLOAD_TOO_LARGE, tooLarge());
            return;
        }
        chain.doFilter(new Bounded(request, maxBytes), response);
    }

    private String tooLarge() {
        return "the request body must be at most " + maxBytes + " bytes (" + (maxBytes / 1024) + " KB)";
    }

    /** The request, with a body that cannot be read past the cap. */
    static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;
        private BufferedReader reader;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (reader != null) throw new IllegalStateException("getReader() was already called");
            if (stream == null) stream = new BoundedStream(super.getInputStream(), maxBytes);
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (stream != null && reader == null) throw new IllegalStateException("getInputStream() was already called");
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(new BoundedStream(super.getInputStream(), maxBytes), charset));
            }
            return reader;
        }
    }

    /** Counts bytes read and fails at the first byte past the cap. */
    static final class BoundedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        BoundedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // never ask for more than one byte past the cap, so that an oversized body is not buffered
            int n = in.read(buffer, offset, (int) Math.min(length, maxBytes - read + 1));
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > maxBytes) throw new PayloadTooLargeException(maxBytes);
        }

        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
    }
}
