package io.kaola.payment.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The loud startup warning that the sandbox payment provider is on (profile {@code sandbox}). */
@Component
@Profile("sandbox")
public class SandboxProfileBanner implements InitializingBean {
    /** The banner's first line, as logged (WARN). */
    public static final String HEADLINE = "SANDBOX PROFILE ACTIVE: kaola-payment takes payments through the SANDBOX"
            + " provider";
    private static final Logger log = LoggerFactory.getLogger(SandboxProfileBanner.class);

    @Override
    public void afterPropertiesSet() {
        String bar = "!".repeat(100);
        log.warn("\n{}\n!! {}\n!! No money moves: anyone holding a confirm link can 'pay'. The sandbox must never face"
                + " real customers.\n!! Production: start without the sandbox profile and configure a real provider"
                + " (docs/payments.md).\n{}", bar, HEADLINE, bar);
    }
}
