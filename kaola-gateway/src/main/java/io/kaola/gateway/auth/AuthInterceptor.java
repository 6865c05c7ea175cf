package io.kaola.gateway.auth;

import io.kaola.common.error.CommonError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Requires a valid access token ({@code Authorization: Bearer <jwt>}) and leaves the {@link Caller}
 * in the request. With {@code opsOnly}, also requires the OPS role. Runs before the request body is
 * read, so an anonymous request is answered 401 whatever it carries.
 */
public class AuthInterceptor implements HandlerInterceptor {
    private static final String BEARER = "Bearer ";

    private final JwtTokens tokens;
    private final boolean opsOnly;

    public AuthInterceptor(JwtTokens tokens, boolean opsOnly) {
        this.tokens = tokens;
        this.opsOnly = opsOnly;
    }

    /**
     * @throws io.kaola.common.error.KaolaException COMMON_UNAUTHENTICATED (no or bad token),
     *         COMMON_FORBIDDEN (an admin path without the OPS role)
     */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = tokens.verify(bearerToken(request));
        if (opsOnly && !caller.isOps()) {
            throw CommonError.FORBIDDEN.exception("the admin API is for ops staff (role OPS)");
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        return true;
    }

    private static String bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) return null;
        return header.substring(BEARER.length()).strip();
    }
}
