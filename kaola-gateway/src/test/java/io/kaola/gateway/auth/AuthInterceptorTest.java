package io.kaola.gateway.auth;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserView;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthInterceptorTest {
    private final JwtTokens tokens = new JwtTokens("0123456789abcdef0123456789abcdef-test-only", Duration.ofHours(2),
            Clock.systemUTC());
    private final String shopperToken = tokens.issue(user(Role.SHOPPER)).value();
    private final String opsToken = tokens.issue(user(Role.SHOPPER, Role.OPS)).value();

    @Test
    void a_request_without_a_bearer_token_is_unauthenticated() {
        assertRefused(new AuthInterceptor(tokens, false), request(null), CommonError.UNAUTHENTICATED);
        assertRefused(new AuthInterceptor(tokens, false), request("Basic YW5uOnB3"), CommonError.UNAUTHENTICATED);
    }

    @Test
    void a_valid_token_leaves_the_caller_in_the_request() {
        MockHttpServletRequest request = request("Bearer " + shopperToken);

        assertThat(new AuthInterceptor(tokens, false).preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
        assertThat(request.getAttribute(Caller.ATTRIBUTE)).isEqualTo(tokens.verify(shopperToken));
    }

    @Test
    void the_scheme_name_is_case_insensitive() {
        assertThat(new AuthInterceptor(tokens, false)
                .preHandle(request("bearer " + shopperToken), new MockHttpServletResponse(), new Object())).isTrue();
    }

    @Test
    void a_shopper_is_forbidden_where_ops_is_required() {
        assertRefused(new AuthInterceptor(tokens, true), request("Bearer " + shopperToken), CommonError.FORBIDDEN);
    }

    @Test
    void ops_staff_pass_where_ops_is_required() {
        MockHttpServletRequest request = request("Bearer " + opsToken);

        assertThat(new AuthInterceptor(tokens, true).preHandle(request, new MockHttpServletResponse(), new Object())).isTrue();
        assertThat(((Caller) request.getAttribute(Caller.ATTRIBUTE)).isOps()).isTrue();
    }

    private static UserView user(Role... roles) {
        return new UserView(5, "u@example.com", "U", List.of(roles), Instant.now());
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/admin/fx-rates");
        if (authorization != null) request.addHeader("Authorization", authorization);
        return request;
    }

    private static void assertRefused(AuthInterceptor interceptor, MockHttpServletRequest request, CommonError error) {
        assertThatThrownBy(() -> interceptor.preHandle(request, new MockHttpServletResponse(), new Object()))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(error)).isTrue());
        assertThat(request.getAttribute(Caller.ATTRIBUTE)).isNull();
    }
}
