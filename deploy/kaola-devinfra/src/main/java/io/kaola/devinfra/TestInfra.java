package io.kaola.devinfra;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Integration-test infrastructure, started once per JVM: an embedded ZooKeeper and
 * RocketMQ on free ports, published as system properties {@code KAOLA_ZK} and
 * {@code KAOLA_MQ_NAMESRV} (read by kaola-defaults.yml), the service-plane certificates of every
 * application ({@code KAOLA_RPC_TLS_DIR}, see {@link ServicePlaneCa}), plus fresh MariaDB schemas.
 * MariaDB and Redis are the real ones on localhost (CI starts them).
 * Call {@link #start()} from a static initialiser or {@code @BeforeAll} before the
 * Spring context starts.
 */
public final class TestInfra {
    private static EmbeddedZooKeeper zooKeeper;
    private static EmbeddedRocketMq rocketMq;

    private TestInfra() {}

    /** Starts ZooKeeper and RocketMQ if this JVM has not yet, and sets the system properties. */
    public static synchronized void start() {
        if (zooKeeper != null) return;
        try {
            File dir = Files.createTempDirectory("kaola-it-").toFile();
            zooKeeper = new EmbeddedZooKeeper(0, new File(dir, "zk"));
            int namesrvPort = Ports.free(0);
            int brokerPort = Ports.free(3);
            rocketMq = new EmbeddedRocketMq(namesrvPort, brokerPort, new File(dir, "mq"), true);
            rocketMq.createTopics(DevInfraMain.TOPICS);
            Path tls = dir.toPath().resolve("tls");
            ServicePlaneCa.ensure(tls, ServicePlaneCa.APPLICATIONS);
            System.setProperty("KAOLA_RPC_TLS_DIR", tls.toString());
            System.setProperty("KAOLA_ZK", zooKeeper.connectString());
            System.setProperty("KAOLA_MQ_NAMESRV", rocketMq.nameServer());
            System.setProperty("kaola.mq.poll-name-server-interval-ms", "1000");
            System.setProperty("rocketmq.client.rebalance.waitInterval", "1000");
            System.setProperty("dubbo.service.shutdown.wait", "500");
            System.setProperty("KAOLA_REDIS_DB", "1");
            System.setProperty("KAOLA_DB_SUFFIX", "_it");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                rocketMq.close();
                try { zooKeeper.close(); } catch (Exception ignored) { }
            }));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start test infrastructure: " + e.getMessage(), e);
        }
    }

    /**
     * Creates topics a test uses besides {@link DevInfraMain#TOPICS}, so that its first send finds a route at once
     * (an auto-created topic's first send can fail with "No route info" while the broker is new, docs/stack.md).
     */
    public static void createTopics(String... topics) {
        start();
        rocketMq.createTopics(java.util.List.of(topics));
    }

    /** @return the embedded ZooKeeper ("127.0.0.1:port") */
    public static String zooKeeper() { start(); return zooKeeper.connectString(); }

    /** @return the embedded RocketMQ name server ("127.0.0.1:port") */
    public static String nameServer() { start(); return rocketMq.nameServer(); }

    /**
     * Drops and recreates databases on the local MariaDB (KAOLA_DB_HOST/PORT/USER/PASSWORD,
     * root with no password by default), so that Flyway migrates a fresh schema.
     * @param names database names, e.g. "kaola_user_it"
     */
    public static void recreateDatabases(String... names) {
        String host = env("KAOLA_DB_HOST", "127.0.0.1");
        String port = env("KAOLA_DB_PORT", "3306");
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/",
                env("KAOLA_DB_USER", "root"), env("KAOLA_DB_PASSWORD", ""));
             Statement s = c.createStatement()) {
            for (String name : names) {
                if (!name.matches("[a-z0-9_]+")) throw new IllegalArgumentException("bad database name " + name);
                s.execute("DROP DATABASE IF EXISTS " + name);
                s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot recreate databases: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
