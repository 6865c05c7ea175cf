package io.kaola.customs.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The loud startup warning that the simulated single window is on (profile {@code sandbox}). */
@Component
@Profile("sandbox")
public class SandboxSingleWindowBanner implements InitializingBean {
    /** The banner's first line, as logged (WARN). */
    public static final String HEADLINE = "SANDBOX PROFILE ACTIVE: kaola-customs declares to the SANDBOX single window";
    private static final Logger log = LoggerFactory.getLogger(SandboxSingleWindowBanner.class);

    @Override
    public void afterPropertiesSet() {
        String bar = "!".repeat(100);
        log.warn("\n{}\n!! {}\n!! Nothing reaches customs; messages carry a sandbox signature only. Production: start"
                + " without the sandbox profile, with a real single-window URL and signer (docs/customs.md).\n{}",
                bar, HEADLINE, bar);
    }
}
