package io.kaola.logistics;

import org.apache.dubbo.config.spring.context.annotation.EnableDubbo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kaola-logistics: waybills, the bonded warehouse's shipping and carrier tracking (docs/logistics.md). On a paid order
 * it asks a carrier for the waybill (published as waybill-created for the customs declaration); on customs release it
 * ships; carrier pushes become tracking events in one vocabulary and parcel-status-changed. Carriers are adapters
 * ({@link io.kaola.logistics.carrier.application.CarrierAdapter}); with the {@code sandbox} profile (and only then) it
 * hosts the sandbox carrier. Without the profile and without a real carrier it refuses to start.
 */
@SpringBootApplication
@EnableDubbo
@ConfigurationPropertiesScan
public class LogisticsApplication {
    public static void main(String[] args) {
        SpringApplication.run(LogisticsApplication.class, args);
    }
}
