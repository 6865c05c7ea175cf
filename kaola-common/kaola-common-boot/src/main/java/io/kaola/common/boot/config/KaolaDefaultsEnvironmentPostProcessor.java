package io.kaola.common.boot.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds {@code classpath:kaola-defaults.yml} as the last (lowest-precedence) property
 * source, so that Dubbo, ZooKeeper, RocketMQ and actuator settings shared by every
 * app are written once.
 */
public class KaolaDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains("kaola-defaults")) return;
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load("kaola-defaults", new ClassPathResource("kaola-defaults.yml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
