package io.kaola.fakesms;

import io.kaola.user.notification.application.NotificationSender;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for a real SMS/push provider, outside {@code io.kaola.user} so that the app's own component scan never
 * finds it: only a test that names this configuration gets it. It accepts every notification and sends nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeSmsProvider {

    @Bean
    NotificationSender licensedSms() { return notification -> { }; }
}
