package io.kaola.gateway.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.money.Money;
import io.kaola.devinfra.TestInfra;
import io.kaola.gateway.auth.JwtTokens;
import io.kaola.payment.api.FindingKind;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.ReconciliationFinding;
import io.kaola.payment.api.ReconciliationReport;
import io.kaola.payment.api.ReconciliationService;
import io.kaola.payment.api.ReconciliationTotals;
import io.kaola.payment.api.ReconciliationTrigger;
import io.kaola.payment.api.RepairOutcome;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserView;
import org.apache.dubbo.config.spring.ServiceBean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's ops reconciliation endpoints with a stand-in ReconciliationService exported over Dubbo in the same
 * context (its own Dubbo group): OPS only, the latest report (a stable 404 code when none), a run now, and both paths
 * in the OpenAPI description.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dubbo.protocol.port=-1", "dubbo.provider.group=gateway-reconciliation-it",
        "dubbo.consumer.group=gateway-reconciliation-it",
        "kaola.gateway.jwt-secret=gateway-reconciliation-it-secret-of-at-least-32-bytes"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReconciliationEndpointsIT {
    static {
        TestInfra.start();
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** No report until the first run; each run counted. */
    static class StandInReconciliation implements ReconciliationService {
        static final AtomicInteger RUNS = new AtomicInteger();
        static volatile ReconciliationReport latest;

        @Override
        public ReconciliationReport run() {
            RUNS.incrementAndGet();
            Instant to = Instant.parse("2026-03-02T18:30:00Z");
            latest = new ReconciliationReport("RC20260302183000abcdef", to.minus(Duration.ofHours(24)), to, to,
                    to.plusSeconds(3), ReconciliationTrigger.OPS,
                    new ReconciliationTotals(Money.cny(10_000), Money.cny(2_500), Money.cny(7_500)),
                    Map.of(FindingKind.AMOUNT_DIFFERS, 1),
                    List.of(new ReconciliationFinding(FindingKind.AMOUNT_DIFFERS, "2026030200000000001234567890", null,
                            "O-1", Money.cny(7_000), Money.cny(7_001), "the provider took 7001", RepairOutcome.LISTED,
                            "needs ops")), 0, 1);
            return latest;
        }

        @Override
        public ReconciliationReport latest() {
            if (latest == null) throw PaymentError.REPORT_NOT_FOUND.exception("no reconciliation has finished yet");
            return latest;
        }
    }

    @TestConfiguration
    static class StandIns {
        @Bean
        ServiceBean<ReconciliationService> reconciliationStandIn(ApplicationContext context) {
            ServiceBean<ReconciliationService> service = new ServiceBean<>(context);
            service.setInterface(ReconciliationService.class);
            service.setRef(new StandInReconciliation());
            return service;
        }
    }

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JwtTokens tokens;

    @BeforeEach
    void waitForTheStandInProvider() throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (send("GET", "/api/admin/reconciliation", token(2, Role.OPS)).statusCode() == 503
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    @Test
    void ops_read_the_latest_report_404_before_any_run_and_run_one_now_shoppers_may_not() throws Exception {
        String ops = token(2, Role.OPS);
        StandInReconciliation.latest = null;
        HttpResponse<String> none = send("GET", "/api/admin/reconciliation", ops);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(none.body()).path("code").asText()).isEqualTo("PAYMENT_REPORT_NOT_FOUND");

        int runsBefore = StandInReconciliation.RUNS.get();
        HttpResponse<String> shopperRun = send("POST", "/api/admin/reconciliation/run", token(31));
        HttpResponse<String> anonymousRun = send("POST", "/api/admin/reconciliation/run", null);
        HttpResponse<String> shopperRead = send("GET", "/api/admin/reconciliation", token(31));
        assertThat(List.of(shopperRun.statusCode(), anonymousRun.statusCode(), shopperRead.statusCode()))
                .containsExactly(403, 401, 403);
        assertThat(StandInReconciliation.RUNS.get()).as("never reached the service").isEqualTo(runsBefore);

        HttpResponse<String> run = send("POST", "/api/admin/reconciliation/run", ops);
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(StandInReconciliation.RUNS.get()).isEqualTo(runsBefore + 1);
        JsonNode report = json.readTree(run.body());
        assertThat(report.path("reportId").asText()).isEqualTo("RC20260302183000abcdef");
        assertThat(report.path("trigger").asText()).isEqualTo("OPS");
        assertThat(report.at("/totals/net/minor").asLong()).isEqualTo(7_500);
        assertThat(report.at("/counts/AMOUNT_DIFFERS").asInt()).isEqualTo(1);
        assertThat(report.at("/findings/0/repair").asText()).isEqualTo("LISTED");
        assertThat(report.at("/findings/0/atProvider/minor").asLong()).isEqualTo(7_001);
        assertThat(report.path("from").asText()).isEqualTo("2026-03-01T18:30:00Z");

        HttpResponse<String> latest = send("GET", "/api/admin/reconciliation", ops);
        assertThat(latest.statusCode()).isEqualTo(200);
        assertThat(json.readTree(latest.body())).isEqualTo(report);
    }

    @Test
    void the_openapi_description_has_both_reconciliation_paths() throws Exception {
        JsonNode docs = json.readTree(send("GET", "/v3/api-docs", null).body());
        assertThat(docs.at("/paths/~1api~1admin~1reconciliation/get/responses").has("404")).isTrue();
        assertThat(docs.at("/paths/~1api~1admin~1reconciliation~1run/post/responses").has("409")).isTrue();
    }

    private String token(long userId, Role... roles) {
        List<Role> list = roles.length == 0 ? List.of(Role.SHOPPER) : new ArrayList<>(List.of(roles));
        return tokens.issue(new UserView(userId, "u" + userId + "@example.com", "U", list, Instant.now())).value();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
