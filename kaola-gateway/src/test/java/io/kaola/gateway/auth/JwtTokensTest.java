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
    void a_remembered_token_is_still_refused_once_it_expires() {
        MutableClock clock = new MutableClock(NOW);
        JwtTokens remembering = new JwtTokens(SECRET, Duration.ofHours(2), clock);
        String token = remembering.issue(ANN).value();

        assertThat(remembering.verify(token).userId()).isEqualTo(42);
        clock.now = NOW.plus(Duration.ofMinutes(119));
        assertThat(remembering.verify(token).userId()).as("remembered").isEqualTo(42);
        clock.now = NOW.plus(Duration.ofHours(2)).plusSeconds(31);
        assertRefused(() -> remembering.verify(token), "expired");
        assertRefused(() -> remembering.verify(token), "expired");
    }

    @Test
    void a_remembered_token_does_not_let_an_edited_one_in() {
        String token = tokens.issue(ANN).value();
        tokens.verify(token);
        String[] parts = token.split("\\.");
        String edited = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertRefused(() -> tokens.verify(edited), "not valid");
        assertRefused(() -> tokens.verify(token + "x"), "not valid");
    }

    /** A clock a test moves by hand. */
    private static final class MutableClock extends Clock {
        Instant now;
        MutableClock(Instant now) { this.now = now; }
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
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
    void an_issued_token_carries_exp_iss_and_aud() {
        String payload = new String(Base64.getUrlDecoder().decode(tokens.issue(ANN).value().split("\\.")[1]),
                StandardCharsets.UTF_8);

        assertThat(payload).contains("\"iss\":\"kaola-gateway\"", "\"aud\":\"kaola-api\"",
                "\"exp\":" + NOW.plus(Duration.ofHours(2)).getEpochSecond());
    }

    @Test
    void a_token_without_exp_iss_or_aud_is_refused_even_when_signed_with_our_key() {
        assertRefused(() -> tokens.verify(signed(b -> b.issuer("kaola-gateway").audience().single("kaola-api"))), "not valid");
        assertRefused(() -> tokens.verify(signed(b -> b.audience().single("kaola-api").expiration(IN_AN_HOUR))), "not valid");
        assertRefused(() -> tokens.verify(signed(b -> b.issuer("kaola-gateway").expiration(IN_AN_HOUR))), "not valid");
        // the same claims with all three are accepted: the refusals above are for the missing claim
        assertThat(tokens.verify(signed(b -> b.issuer("kaola-gateway").audience().single("kaola-api")
                .expiration(IN_AN_HOUR))).userId()).isEqualTo(42);
    }

    @Test
    void a_token_of_another_issuer_or_for_another_audience_is_refused() {
        assertRefused(() -> tokens.verify(signed(b -> b.issuer("someone-else").audience().single("kaola-api")
                .expiration(IN_AN_HOUR))), "not valid");
        assertRefused(() -> tokens.verify(signed(b -> b.issuer("kaola-gateway").audience().single("kaola-payment")
                .expiration(IN_AN_HOUR))), "not valid");
        JwtTokens otherAudience = new JwtTokens(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofHours(2),
                "kaola-gateway", "kaola-admin", Clock.fixed(NOW, ZoneOffset.UTC));
        assertRefused(() -> tokens.verify(otherAudience.issue(ANN).value()), "not valid");
        assertRefused(() -> otherAudience.verify(tokens.issue(ANN).value()), "not valid");
    }

    @Test
    void the_issuer_and_audience_come_from_configuration() {
        JwtTokens configured = new JwtTokens(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofHours(2),
                "shop.example", "shop-api", Clock.fixed(NOW, ZoneOffset.UTC));
        String payload = new String(Base64.getUrlDecoder().decode(configured.issue(ANN).value().split("\\.")[1]),
                StandardCharsets.UTF_8);

        assertThat(payload).contains("\"iss\":\"shop.example\"", "\"aud\":\"shop-api\"");
        assertThat(configured.verify(configured.issue(ANN).value()).userId()).isEqualTo(42);
        assertThatThrownBy(() -> new JwtTokens(SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofHours(2), " ",
                "shop-api", Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }

    private static final java.util.Date IN_AN_HOUR = java.util.Date.from(NOW.plus(Duration.ofHours(1)));

    /** @return a token signed with the test key, with sub/roles and whatever {@code claims} adds */
    private static String signed(java.util.function.UnaryOperator<io.jsonwebtoken.JwtBuilder> claims) {
        io.jsonwebtoken.JwtBuilder builder = io.jsonwebtoken.Jwts.builder().subject("42").claim("roles", List.of("SHOPPER"))
                .issuedAt(java.util.Date.from(NOW));
        return claims.apply(builder).signWith(io.jsonwebtoken.security.Keys.hmacShaKeyFor(
                SECRET.getBytes(StandardCharsets.UTF_8)), io.jsonwebtoken.Jwts.SIG.HS256).compact();
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
