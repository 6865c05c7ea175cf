package io.kaola.logistics.carrier.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The loud startup warning that the sandbox carrier is on (profile {@code sandbox}). */
@Component
@Profile("sandbox")
public class SandboxCarrierBanner implements InitializingBean {
    /** The banner's first line, as logged (WARN). */
    public static final String HEADLINE = "SANDBOX PROFILE ACTIVE: kaola-logistics ships through the SANDBOX carrier";
    private static final Logger log = LoggerFactory.getLogger(SandboxCarrierBanner.class);

    @Override
    public void afterPropertiesSet() {
        String bar = "!".repeat(100);
        log.warn("\n{}\n!! {}\n!! No parcel moves: waybills and tracking are simulated. The sandbox must never face real"
                + " customers.\n!! Production: start without the sandbox profile and configure a real carrier"
                + " (docs/logistics.md).\n{}", bar, HEADLINE, bar);
    }
}
