package io.kaola.gateway.testing;

import io.kaola.gateway.auth.JwtTokens;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserView;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The HTTP side of the gateway's integration tests: requests to the gateway under test on 127.0.0.1, signed with a
 * token the gateway itself issues for a shopper or an ops user, and a poll for a status that a live rule change will
 * bring about. One place, so FlowControlIT, GreyReleaseIT and RiskControlIT read only what they test.
 */
public final class GatewayClient {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final int port;
    private final JwtTokens tokens;

    /**
     * @param port   the gateway's local HTTP port ({@code @LocalServerPort})
     * @param tokens the gateway's own token issuer, so tokens pass its authentication
     */
    public GatewayClient(int port, JwtTokens tokens) {
        this.port = port;
        this.tokens = tokens;
    }

    /** A request that is not signed in. */
    public HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A JSON request signed in as {@code user}.
     *
     * @param body JSON, or null for no body
     * @param ops  true for a user with the OPS role as well as SHOPPER
     */
    public HttpResponse<String> send(String method, String path, String body, long user, boolean ops) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token(user, ops))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A bearer token for {@code user}, issued by the gateway's own issuer. */
    public String token(long user, boolean ops) {
        List<Role> roles = ops ? List.of(Role.SHOPPER, Role.OPS) : List.of(Role.SHOPPER);
        return tokens.issue(new UserView(user, "ops-" + user + "@kaola.test", "u" + user, roles, Instant.now())).value();
    }

    /** One HTTP exchange to repeat. */
    public interface Call { HttpResponse<String> call() throws Exception; }

    /**
     * Repeats {@code call} every 20 ms until it answers {@code status}.
     *
     * @return the first response with that status
     * @throws AssertionError after {@code seconds}, naming the last status and body
     */
    public static HttpResponse<String> awaitStatus(Call call, int status, int seconds) throws Exception {
        Instant deadline = Instant.now().plusSeconds(seconds);
        HttpResponse<String> last;
        do {
            last = call.call();
            if (last.statusCode() == status) return last;
            Thread.sleep(20);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("never " + status + "; last " + last.statusCode() + " " + last.body());
    }

    private URI uri(String path) { return URI.create("http://127.0.0.1:" + port + path); }
}
