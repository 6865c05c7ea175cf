package io.kaola.gateway.grey;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.auth.JwtTokens;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides, once per request and after authentication, which services this caller's calls reach in their grey
 * version ({@link GreyReleases#tagsFor}), for {@link GreyTagClusterFilter}. The caller is the one
 * {@code AuthInterceptor} verified; on a public path (product detail, the catalogue) a valid access token sent anyway
 * counts too, and an invalid one is ignored (public paths never refuse a request over it). Anonymous callers are in
 * no group.
 */
public class GreyRoutingInterceptor implements HandlerInterceptor {
    private static final String BEARER = "Bearer ";

    private final GreyReleases releases;
    private final JwtTokens tokens;

    public GreyRoutingInterceptor(GreyReleases releases, JwtTokens tokens) {
        this.releases = releases;
        this.tokens = tokens;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        GreyRouting.clear();
        if (releases.all().isEmpty()) return true;
        Caller caller = request.getAttribute(Caller.ATTRIBUTE) instanceof Caller c ? c : optionalCaller(request);
        if (caller != null) GreyRouting.set(releases.tagsFor(caller.userId()));
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        GreyRouting.clear();
    }

    private Caller optionalCaller(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) return null;
        try {
            return tokens.verify(header.substring(BEARER.length()).strip());
        } catch (RuntimeException invalid) {
            return null;
        }
    }
}
