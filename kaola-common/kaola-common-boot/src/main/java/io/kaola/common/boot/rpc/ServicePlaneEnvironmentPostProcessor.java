package io.kaola.common.boot.rpc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes every Kaola app's service plane private and authenticated before Dubbo starts
 * (docs/security.md, "Service plane"):
 * <ul>
 *   <li><b>Addresses.</b> {@code KAOLA_BIND_HOST} (default 127.0.0.1) is the address of the app's HTTP listener
 *       ({@code server.address}); {@code KAOLA_DUBBO_HOST} (default: the loopback) is the address its Dubbo port
 *       binds and registers in ZooKeeper. Dubbo refuses to bind any 127.x address (it treats them as "no host"
 *       and binds every interface), so the loopback is given to Dubbo as IPv6 {@code [::1]}. A deployment sets both
 *       to the pod or host address. A wildcard ({@code 0.0.0.0}, {@code ::}, {@code *}) is refused.</li>
 *   <li><b>Mutual TLS.</b> Dubbo's own TLS ({@code dubbo.ssl.*}) with the files of {@code KAOLA_RPC_TLS_DIR}:
 *       {@code ca.crt} (the service-plane CA, the only one trusted), {@code <app>.crt} and {@code <app>.key}
 *       (PKCS#8) where {@code <app>} is the application name. Providers require a client certificate signed by
 *       the CA (Dubbo's CLIENT_AUTH policy: a plaintext or unauthenticated connection is closed), consumers
 *       verify the provider's. Without the directory or a file the app refuses to start, saying what is
 *       missing: there is no plaintext mode.</li>
 * </ul>
 * Runs after the application's own configuration is loaded (it needs {@code spring.application.name}); the
 * values it sets win over application.yml, and explicit {@code dubbo.ssl.*} / {@code dubbo.protocol.host}
 * settings given as system properties or environment still win over them.
 */
public class ServicePlaneEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {
    /** The property source this class adds. */
    public static final String SOURCE = "kaola-service-plane";
    /** In brackets: Dubbo's host check accepts an IPv6 address only in this form. */
    static final String IPV6_LOOPBACK = "[::1]";

    @Override
    public int getOrder() { return Ordered.LOWEST_PRECEDENCE; }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE)) return;
        String app = environment.getProperty("dubbo.application.name", environment.getProperty("spring.application.name", ""));
        if (app.isBlank()) return;   // not a Kaola app (e.g. a plain test context without Dubbo)

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("server.address", bindHost(environment.getProperty("KAOLA_BIND_HOST", "127.0.0.1"), "KAOLA_BIND_HOST"));
        values.put("dubbo.protocol.host", dubboHost(environment.getProperty("KAOLA_DUBBO_HOST", "loopback")));

        String dir = environment.getProperty("KAOLA_RPC_TLS_DIR", environment.getProperty("kaola.rpc.tls-dir", ""));
        TlsFiles tls = TlsFiles.of(app, dir);
        values.put("dubbo.ssl.server-key-cert-chain-path", tls.certificate().toString());
        values.put("dubbo.ssl.server-private-key-path", tls.privateKey().toString());
        values.put("dubbo.ssl.server-trust-cert-collection-path", tls.ca().toString());
        values.put("dubbo.ssl.client-key-cert-chain-path", tls.certificate().toString());
        values.put("dubbo.ssl.client-private-key-path", tls.privateKey().toString());
        values.put("dubbo.ssl.client-trust-cert-collection-path", tls.ca().toString());

        // below system properties and the OS environment, above application.yml and kaola-defaults.yml
        var sources = environment.getPropertySources();
        MapPropertySource source = new MapPropertySource(SOURCE, values);
        if (sources.contains("systemEnvironment")) sources.addAfter("systemEnvironment", source);
        else sources.addFirst(source);
    }

    /**
     * @param value a host name or address, or "loopback"
     * @return the HTTP listener's address
     * @throws IllegalStateException for a wildcard: bind the one address the app is reached on
     */
    static String bindHost(String value, String setting) {
        String host = value.trim();
        if (isWildcard(host)) {
            throw new IllegalStateException(setting + "=" + value + " would listen on every interface; set the one"
                    + " address this app is reached on (127.0.0.1 locally, the pod or host address in a deployment)");
        }
        return host.equalsIgnoreCase("loopback") ? "127.0.0.1" : host;
    }

    /**
     * @param value "loopback", a loopback address, or the pod/host address
     * @return what to give Dubbo as host: {@code [::1]} for any loopback form (Dubbo binds every interface for
     *         127.x), else the address unchanged
     */
    static String dubboHost(String value) {
        String host = bindHost(value, "KAOLA_DUBBO_HOST");
        if (host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals(IPV6_LOOPBACK) || host.equals("0:0:0:0:0:0:0:1")) {
            return IPV6_LOOPBACK;
        }
        return host;
    }

    private static boolean isWildcard(String host) {
        return List.of("", "0.0.0.0", "::", "[::]", "*", "0:0:0:0:0:0:0:0").contains(host);
    }

    /** The three files one application's mutual TLS needs. */
    record TlsFiles(Path ca, Path certificate, Path privateKey) {
        /**
         * @param app application name, the certificate's CN
         * @param dir directory holding ca.crt, app.crt, app.key
         * @throws IllegalStateException when the directory is not configured or a file is missing
         */
        static TlsFiles of(String app, String dir) {
            if (dir == null || dir.isBlank()) {
                throw new IllegalStateException(app + ": the service plane needs mutual-TLS credentials but"
                        + " KAOLA_RPC_TLS_DIR is not set. Set it to a directory holding ca.crt, " + app + ".crt and "
                        + app + ".key (./kaola up creates them in var/tls; a deployment mounts them from its CA)");
            }
            Path base = Path.of(dir);
            TlsFiles files = new TlsFiles(base.resolve("ca.crt"), base.resolve(app + ".crt"), base.resolve(app + ".key"));
            for (Path file : List.of(files.ca, files.certificate, files.privateKey)) {
                if (!Files.isReadable(file)) {
                    throw new IllegalStateException(app + ": service-plane credential " + file + " is missing or"
                            + " unreadable (KAOLA_RPC_TLS_DIR=" + dir + "); ./kaola up creates it, a deployment mounts"
                            + " it from its CA (docs/security.md)");
                }
            }
            return files;
        }
    }
}
