package io.kaola.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.kaola.common.error.CommonError;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserView;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Issues and verifies access tokens: JWT (RFC 7519) signed with HMAC-SHA256 (HS256).
 * Claims: {@code iss} (who issued it), {@code aud} (who may accept it), {@code sub} = user id, {@code email},
 * {@code roles} (list of role names), {@code iat}, {@code exp}. Verification requires {@code exp}, {@code iss} and
 * {@code aud} to be present and {@code iss}/{@code aud} to be this gateway's (RFC 8725 §3.8, §3.9: a token minted
 * for another service with the same key must not be accepted here).
 * Stateless: a token stays valid until it expires, so roles take effect at the next login.
 * <p>A token that passed verification is remembered (by its exact text, up to {@value #VERIFIED_CACHE_SIZE} tokens)
 * until its {@code exp} plus the clock skew: the next request with it skips the HMAC and the JSON parse (a quarter
 * of the gateway's CPU per checkout, docs/performance.md). A forged or altered token never matches a remembered one.
 */
public class JwtTokens {
    /** HS256 needs a key of at least 256 bits (RFC 7518 §3.2). */
    public static final int MIN_SECRET_BYTES = 32;
    /** {@code iss} unless kaola.gateway.jwt-issuer says otherwise. */
    public static final String DEFAULT_ISSUER = "kaola-gateway";
    /** {@code aud} unless kaola.gateway.jwt-audience says otherwise. */
    public static final String DEFAULT_AUDIENCE = "kaola-api";
    private static final String HS256 = "HS256";
    private static final long CLOCK_SKEW_SECONDS = 30;
    static final int VERIFIED_CACHE_SIZE = 50_000;

    private final SecretKey key;
    private final Duration ttl;
    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final JwtParser parser;
    private final Cache<String, Verified> verified;

    /**
     * @param secret   at least {@value #MIN_SECRET_BYTES} bytes
     * @param ttl      lifetime of an issued token
     * @param issuer   {@code iss} written on issued tokens and required on verified ones, non-blank
     * @param audience {@code aud} written on issued tokens and required on verified ones, non-blank
     * @param clock    source of "now"
     * @throws IllegalArgumentException when the secret is too short or issuer/audience blank
     */
    public JwtTokens(byte[] secret, Duration ttl, String issuer, String audience, Clock clock) {
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the JWT secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (issuer == null || issuer.isBlank() || audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("the JWT issuer and audience must not be blank");
        }
        this.key = Keys.hmacShaKeyFor(secret);
        this.ttl = ttl;
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
        this.parser = Jwts.parser().verifyWith(key).clock(() -> Date.from(clock.instant()))
                .clockSkewSeconds(CLOCK_SKEW_SECONDS).requireIssuer(issuer).requireAudience(audience).build();
        this.verified = Caffeine.newBuilder().maximumSize(VERIFIED_CACHE_SIZE)
                .expireAfterWrite(ttl.plusSeconds(CLOCK_SKEW_SECONDS)).build();
    }

    /** @param secret at least {@value #MIN_SECRET_BYTES} bytes; issuer and audience the defaults */
    public JwtTokens(byte[] secret, Duration ttl, Clock clock) {
        this(secret, ttl, DEFAULT_ISSUER, DEFAULT_AUDIENCE, clock);
    }

    /** @param secret UTF-8 text of at least {@value #MIN_SECRET_BYTES} bytes; issuer and audience the defaults */
    public JwtTokens(String secret, Duration ttl, Clock clock) {
        this(secret.getBytes(StandardCharsets.UTF_8), ttl, clock);
    }

    /** @return a token for this user, valid for the configured lifetime from now */
    public AccessToken issue(UserView user) {
        Instant now = clock.instant();
        String token = Jwts.builder()
                .issuer(issuer)
                .audience().single(audience)
                .subject(Long.toString(user.userId()))
                .claim("email", user.email())
                .claim("roles", user.roles().stream().map(Role::name).toList())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .signWith(key, Jwts.SIG.HS256)
                .compact();
        return new AccessToken(token, ttl.toSeconds());
    }

    /**
     * @param token the compact JWT from {@code Authorization: Bearer <token>}
     * @return the caller it names
     * @throws io.kaola.common.error.KaolaException COMMON_UNAUTHENTICATED when missing, expired, forged or malformed,
     *         or without exp, or without or with another iss or aud
     */
    public Caller verify(String token) {
        if (token == null || token.isBlank()) {
            throw CommonError.UNAUTHENTICATED.exception("send an access token: Authorization: Bearer <token> (POST /api/auth/login)");
        }
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            if (clock.instant().isBefore(known.acceptedUntil())) return known.caller();
            verified.invalidate(token);
            throw CommonError.UNAUTHENTICATED.exception("the access token has expired; log in again");
        }
        try {
            Jws<Claims> jws = parser.parseSignedClaims(token);
            if (!HS256.equals(jws.getHeader().getAlgorithm())) throw new JwtException("unexpected algorithm");
            Claims claims = jws.getPayload();
            if (claims.getExpiration() == null) throw new JwtException("no exp");
            if (!(claims.get("roles") instanceof List<?> roles) || claims.getSubject() == null) {
                throw new JwtException("missing claims");
            }
            Set<Role> roleSet = roles.stream().map(r -> Role.valueOf(String.valueOf(r))).collect(Collectors.toSet());
            Caller caller = new Caller(Long.parseLong(claims.getSubject()), claims.get("email", String.class), roleSet);
            verified.put(token, new Verified(caller, claims.getExpiration().toInstant().plusSeconds(CLOCK_SKEW_SECONDS)));
            return caller;
        } catch (ExpiredJwtException e) {
            throw CommonError.UNAUTHENTICATED.exception("the access token has expired; log in again");
        } catch (JwtException | IllegalArgumentException e) {
            throw CommonError.UNAUTHENTICATED.exception("the access token is not valid; log in again");
        }
    }

    /** A verified token's caller and the instant from which the token is refused (exp + clock skew). */
    private record Verified(Caller caller, Instant acceptedUntil) {}
}
