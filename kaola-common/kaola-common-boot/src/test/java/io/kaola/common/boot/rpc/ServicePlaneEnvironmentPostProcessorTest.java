package io.kaola.common.boot.rpc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServicePlaneEnvironmentPostProcessorTest {
    private final ServicePlaneEnvironmentPostProcessor processor = new ServicePlaneEnvironmentPostProcessor();

    @Test
    void every_loopback_form_becomes_the_bracketed_ipv6_loopback_dubbo_can_bind() {
        for (String loopback : new String[]{"loopback", "127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]"}) {
            assertThat(ServicePlaneEnvironmentPostProcessor.dubboHost(loopback)).as(loopback).isEqualTo("[::1]");
        }
        assertThat(ServicePlaneEnvironmentPostProcessor.dubboHost("10.1.2.3")).isEqualTo("10.1.2.3");
    }

    @Test
    void a_wildcard_address_is_refused() {
        for (String wildcard : new String[]{"0.0.0.0", "::", "*", ""}) {
            assertThatThrownBy(() -> ServicePlaneEnvironmentPostProcessor.bindHost(wildcard, "KAOLA_BIND_HOST"))
                    .as(wildcard).isInstanceOf(IllegalStateException.class).hasMessageContaining("every interface");
        }
        assertThat(ServicePlaneEnvironmentPostProcessor.bindHost("loopback", "KAOLA_BIND_HOST")).isEqualTo("127.0.0.1");
    }

    @Test
    void an_app_without_credentials_refuses_to_start_and_says_what_is_missing() {
        MockEnvironment env = new MockEnvironment().withProperty("spring.application.name", "kaola-order");
        assertThatThrownBy(() -> processor.postProcessEnvironment(env, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KAOLA_RPC_TLS_DIR is not set").hasMessageContaining("kaola-order.crt");
    }

    @Test
    void a_missing_file_is_named(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ca.crt"), "x");
        Files.writeString(dir.resolve("kaola-order.crt"), "x");
        MockEnvironment env = new MockEnvironment().withProperty("spring.application.name", "kaola-order")
                .withProperty("KAOLA_RPC_TLS_DIR", dir.toString());
        assertThatThrownBy(() -> processor.postProcessEnvironment(env, new SpringApplication()))
                .hasMessageContaining(dir.resolve("kaola-order.key").toString());
    }

    @Test
    void with_credentials_dubbo_gets_mutual_tls_and_every_listener_the_loopback(@TempDir Path dir) throws IOException {
        for (String f : new String[]{"ca.crt", "kaola-order.crt", "kaola-order.key"}) Files.writeString(dir.resolve(f), "x");
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addLast(new org.springframework.core.env.MapPropertySource("app",
                java.util.Map.of("spring.application.name", "kaola-order", "KAOLA_RPC_TLS_DIR", dir.toString(),
                        "server.address", "0.0.0.0")));
        processor.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(env.getProperty("dubbo.protocol.host")).isEqualTo("[::1]");
        assertThat(env.getProperty("dubbo.ssl.server-trust-cert-collection-path")).isEqualTo(dir.resolve("ca.crt").toString());
        assertThat(env.getProperty("dubbo.ssl.server-key-cert-chain-path")).isEqualTo(dir.resolve("kaola-order.crt").toString());
        assertThat(env.getProperty("dubbo.ssl.client-private-key-path")).isEqualTo(dir.resolve("kaola-order.key").toString());
    }
}
