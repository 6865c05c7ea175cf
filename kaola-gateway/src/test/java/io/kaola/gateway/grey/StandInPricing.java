package io.kaola.gateway.grey;

import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PricingService;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.pricing.api.SetFxRateRequest;
import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ProtocolConfig;
import org.apache.dubbo.config.ProviderConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.ServiceConfig;
import org.apache.dubbo.config.SslConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.model.FrameworkModel;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One instance of a stand-in kaola-pricing in this JVM, as a Dubbo application of its own (DubboBootstrap, its own
 * application model, port and mutual-TLS identity kaola-pricing), optionally started with a Dubbo tag like
 * {@code ./kaola up --beta pricing} does ({@code dubbo.provider.tag}). Exported with scope=remote: no in-JVM exporter
 * exists, so the gateway's reference reaches it over the network, through tag routing and timeouts
 * (governance.md §3, gotcha 1). Its answers name it: {@link FxRateView#source()} is {@code name}.
 */
final class StandInPricing implements AutoCloseable {
    private final DubboBootstrap bootstrap;
    final String name;
    final AtomicInteger calls = new AtomicInteger();
    /** How long every call takes, in ms. */
    final AtomicLong delayMs = new AtomicLong();

    StandInPricing(String name, String tag, String zooKeeper) {
        this.name = name;
        ApplicationConfig app = new ApplicationConfig("kaola-pricing");
        app.setQosEnable(false);
        app.setRegisterMode("interface");
        app.setMetadataType("local");
        RegistryConfig registry = new RegistryConfig("zookeeper://" + zooKeeper);
        ProtocolConfig protocol = new ProtocolConfig("dubbo", freePort());
        protocol.setHost("[::1]");
        Path tls = Path.of(System.getProperty("KAOLA_RPC_TLS_DIR"));
        SslConfig ssl = new SslConfig();
        ssl.setServerKeyCertChainPath(tls.resolve("kaola-pricing.crt").toString());
        ssl.setServerPrivateKeyPath(tls.resolve("kaola-pricing.key").toString());
        ssl.setServerTrustCertCollectionPath(tls.resolve("ca.crt").toString());
        ProviderConfig provider = new ProviderConfig();
        if (tag != null) provider.setTag(tag);
        ServiceConfig<PricingService> service = new ServiceConfig<>();
        service.setInterface(PricingService.class);
        service.setRef(new Impl());
        service.setScope("remote");
        bootstrap = DubboBootstrap.newInstance(FrameworkModel.defaultModel());
        bootstrap.application(app).registry(registry).protocol(protocol).ssl(ssl).provider(provider).service(service).start();
    }

    @Override
    public void close() {
        bootstrap.stop();
    }

    private final class Impl implements PricingService {
        @Override public PriceQuote quote(QuoteRequest request) { answer(); return null; }
        @Override public PriceQuote explain(QuoteRequest request) { answer(); return null; }

        @Override
        public List<FxRateView> currentFxRates() {
            answer();
            return List.of(new FxRateView("USD", "CNY", new BigDecimal("7.100000"), LocalDate.of(2026, 1, 1), name));
        }

        @Override public FxRateView setFxRate(SetFxRateRequest request) { throw new UnsupportedOperationException(); }

        private void answer() {
            calls.incrementAndGet();
            long delay = delayMs.get();
            if (delay > 0) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
