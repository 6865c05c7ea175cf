package io.kaola.gateway.auth;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserView;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtTokensTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef-test-only";
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final UserView ANN = new UserView(42, "ann@example.com", "Ann", List.of(Role.SHOPPER, Role.OPS), NOW);

    private final JwtTokens tokens = at(NOW);

    @Test
    void an_issued_token_names_the_user_email_and_roles() {
        AccessToken token = tokens.issue(ANN);

        Caller caller = tokens.verify(token.value());
        assertThat(caller).isEqualTo(new Caller(42, "ann@example.com", Set.of(Role.SHOPPER, Role.OPS)));
        assertThat(caller.isOps()).isTrue();
    }

    @Test
    void a_token_lives_two_hours_and_is_signed_with_hs256() {
        AccessToken token = tokens.issue(ANN);

        assertThat(token.expiresInSeconds()).isEqualTo(7200);
        String header = new String(Base64.getUrlDecoder().decode(token.value().split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"HS256\"");
    }

    @Test
    void a_token_is_accepted_until_it_expires_and_refused_after() {
        String token = tokens.issue(ANN).value();

        assertThat(at(NOW.plus(Duration.ofMinutes(119))).verify(token).userId()).isEqualTo(42);
        assertRefused(() -> at(NOW.plus(Duration.ofHours(2)).plusSeconds(31)).verify(token), "expired");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        String forged = new JwtTokens("another-secret-of-at-least-32-bytes!!", Duration.ofHours(2),
                Clock.fixed(NOW, ZoneOffset.UTC)).issue(ANN).value();

        assertRefused(() -> tokens.verify(forged), "not valid");
    }

    @Test
    void a_token_whose_claims_were_edited_is_refused() {
        String[] parts = tokens.issue(new UserView(7, "bob@example.com", "Bob", List.of(Role.SHOPPER), NOW))
                .value().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"SHOPPER\"", "\"OPS\"");
        String edited = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(() -> tokens.verify(edited), "not valid");
    }

    @Test
    void an_unsigned_token_is_refused() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"sub\":\"1\",\"roles\":[\"OPS\"]}".getBytes(StandardCharsets.UTF_8)) + ".";

        assertRefused(() -> tokens.verify(unsigned), "not valid");
    }

    @Test
    void a_missing_or_garbled_token_is_refused() {
        assertRefused(() -> tokens.verify(null), "Authorization: Bearer");
        assertRefused(() -> tokens.verify(" "), "Authorization: Bearer");
        assertRefused(() -> tokens.verify("not-a-jwt"), "not valid");
    }

    @Test
    void a_secret_shorter_than_32_bytes_is_refused() {
        assertThatThrownBy(() -> new JwtTokens("too-short", Duration.ofHours(2), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    private static JwtTokens at(Instant now) {
        return new JwtTokens(SECRET, Duration.ofHours(2), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void assertRefused(Runnable verify, String because) {
        assertThatThrownBy(verify::run).isInstanceOfSatisfying(KaolaException.class, e -> {
            assertThat(e.is(CommonError.UNAUTHENTICATED)).isTrue();
            assertThat(e.getMessage()).contains(because);
        });
    }
}
