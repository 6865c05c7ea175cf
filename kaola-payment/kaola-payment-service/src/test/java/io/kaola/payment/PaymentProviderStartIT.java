package io.kaola.payment;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.devinfra.AppRun;
import io.kaola.devinfra.TestInfra;
import io.kaola.fakeprovider.FakePaymentProvider;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.charge.application.PaymentProviderAdapter;
import io.kaola.payment.charge.application.PaymentProviders;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.infrastructure.PaymentProviderGuard;
import io.kaola.payment.config.SandboxProperties;
import io.kaola.payment.sandbox.SandboxCashierController;
import io.kaola.payment.sandbox.SandboxPaymentAdapter;
import io.kaola.payment.sandbox.SandboxProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sandboxes are a profile: without the {@code sandbox} profile the sandbox provider is not there, and without a real
 * provider either kaola-payment refuses to start with a message saying what to do (the app's own main, run by
 * {@link AppRun}). With a real provider's adapter (a stand-in here) and no profile it starts without any sandbox. This context has its own Dubbo group and database,
 * so the sandbox ITs' consumers never reach it.
 */
@SpringBootTest(classes = {PaymentApplication.class, FakePaymentProvider.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "dubbo.protocol.port=-1", "dubbo.provider.group=payment-start-it", "dubbo.consumer.group=payment-start-it",
        "spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/kaola_payment_start_it?createDatabaseIfNotExist=true"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PaymentProviderStartIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_payment_start_it");
    }

    @Autowired ApplicationContext context;
    @Autowired PaymentProviders providers;
    @LocalServerPort int port;

    /**
     * In a JVM of its own, as {@code ./kaola up} starts it: a start that fails half-way in this JVM would leave Dubbo's
     * JVM-wide models destroyed under the other test contexts.
     */
    @Test
    void without_the_sandbox_profile_and_without_a_provider_the_start_is_refused_with_what_to_do() throws Exception {
        AppRun run = AppRun.start(PaymentApplication.class, "-Dserver.port=0", "-Ddubbo.protocol.port=-1",
                "-DKAOLA_DB_SUFFIX=_start_it");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("APPLICATION FAILED TO START",
                "kaola-payment: no payment provider is configured. For local use turn on the sandbox profile"
                        + " (SPRING_PROFILES_ACTIVE=sandbox; ./kaola up does); in production configure a real provider"
                        + " (docs/payments.md)",
                PaymentProviderGuard.NoPaymentProviderException.class.getName())
                .doesNotContain("Tomcat started", "Export dubbo service");
    }

    @Test
    void with_a_real_providers_adapter_and_no_profile_it_starts_without_any_sandbox() throws Exception {
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("sandbox");
        assertThat(context.getBeanNamesForType(SandboxProvider.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxPaymentAdapter.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxCashierController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxProperties.class)).as("sandbox settings bound only with the profile")
                .isEmpty();
        assertThat(context.getBeansOfType(PaymentProviderAdapter.class)).hasSize(1);
        PaymentProviderAdapter acme = providers.forNewPayments();
        assertThat(acme.provider()).isEqualTo("acmepay");
        assertThat(providers.find("sandbox")).isEmpty();

        HttpResponse<String> cashier = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/sandbox/cashier/1")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cashier.statusCode()).as("no sandbox cashier").isEqualTo(404);

        PaymentOrder payment = PaymentOrder.open("1", "O-1", 1, Money.cny(100), "acmepay", Instant.now());
        assertThatThrownBy(() -> acme.refund(payment, "R-1", Money.cny(100)))
                .isInstanceOfSatisfying(KaolaException.class,
                        e -> assertThat(e.is(PaymentError.REFUND_NOT_SUPPORTED)).isTrue());
    }
}
