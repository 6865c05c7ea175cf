package io.kaola.gateway.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.util.List;

/**
 * {@code Cache-Control: no-store} (RFC 9111 §5.2.2.5) on every response of a path that carries personal data
 * (identity, orders, payments, the account, tokens), errors included, so that no browser, proxy or CDN keeps a copy.
 * The one list of such paths is {@link #PERSONAL_DATA_PATHS}.
 */
public class NoStoreFilter extends OncePerRequestFilter {
    /** Paths whose answers carry personal data. A new endpoint with personal data is added here. */
    public static final List<String> PERSONAL_DATA_PATHS = List.of(
            "/api/me", "/api/me/**",
            "/api/orders", "/api/orders/**",
            "/api/payments/**",
            "/api/admin/orders/**",
            "/api/price/trial",
            // a one-time attempt token, the shipping address, an attempt's order number
            "/api/flash-sales/*/tokens", "/api/flash-sales/*/attempts", "/api/flash-sales/attempts/**",
            "/api/auth/login", "/api/auth/register");

    private static final List<PathPattern> PATTERNS = PERSONAL_DATA_PATHS.stream()
            .map(PathPatternParser.defaultInstance::parse).toList();

    /** @return true when the path (without context path) is one of {@link #PERSONAL_DATA_PATHS} */
    public static boolean isPersonal(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PATTERNS.stream().anyMatch(p -> p.matches(container));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPersonal(request.getRequestURI())) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        }
        chain.doFilter(request, response);
    }
}
