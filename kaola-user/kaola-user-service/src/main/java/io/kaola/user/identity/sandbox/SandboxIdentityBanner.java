package io.kaola.user.identity.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The loud startup warning that the sandbox ID-check provider is on (profile {@code sandbox}). */
@Component
@Profile("sandbox")
public class SandboxIdentityBanner implements InitializingBean {
    /** The banner's first line, as logged (WARN). */
    public static final String HEADLINE = "SANDBOX PROFILE ACTIVE: kaola-user checks identities against the SANDBOX"
            + " ID-check provider";
    private static final Logger log = LoggerFactory.getLogger(SandboxIdentityBanner.class);

    @Override
    public void afterPropertiesSet() {
        String bar = "!".repeat(100);
        log.warn("\n{}\n!! {}\n!! It accepts any name + number pair ops registered. The sandbox must never face real"
                + " customers.\n!! Production: start without the sandbox profile and configure a real provider"
                + " (docs/cross-border.md).\n{}", bar, HEADLINE, bar);
    }
}
