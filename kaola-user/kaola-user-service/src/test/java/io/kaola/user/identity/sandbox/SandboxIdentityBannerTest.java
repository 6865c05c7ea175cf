package io.kaola.user.identity.sandbox;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxIdentityBannerTest {

    @Test
    void the_banner_is_a_warning_that_the_sandbox_must_never_face_real_customers() {
        Logger logger = (Logger) LoggerFactory.getLogger(SandboxIdentityBanner.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            new SandboxIdentityBanner().afterPropertiesSet();
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(logged.list).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains(SandboxIdentityBanner.HEADLINE, "must never face real customers");
        });
    }
}
