package io.kaola.order.trade.infrastructure.sharding;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.kaola.order.trade.domain.OrderShard;
import io.kaola.order.config.OrderProperties;
import org.apache.shardingsphere.driver.api.yaml.YamlShardingSphereDataSourceFactory;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The application's only DataSource: ShardingSphere over ds_0 = kaola_order_0{suffix} and
 * ds_1 = kaola_order_1{suffix}, rule in classpath:sharding/trade-order.yaml.
 * Flyway cannot migrate through ShardingSphere, so each physical database is migrated first,
 * directly (Boot's Flyway auto-configuration is off: spring.flyway.enabled=false).
 */
@Configuration(proxyBeanMethods = false)
public class OrderDataSourceConfiguration {
    private static final Logger log = LoggerFactory.getLogger(OrderDataSourceConfiguration.class);
    static final String RULE = "sharding/trade-order.yaml";

    /** The Hikari pool per physical database, closed after the ShardingSphere DataSource that uses them. */
    @Bean(destroyMethod = "close")
    public PhysicalOrderDatabases physicalOrderDatabases(OrderProperties properties) {
        OrderProperties.Db db = properties.db();
        for (int i = 0; i < OrderShard.DATABASES; i++) migrate(db, i);
        Map<String, HikariDataSource> pools = new LinkedHashMap<>();
        for (int i = 0; i < OrderShard.DATABASES; i++) pools.put("ds_" + i, pool(db, i));
        return new PhysicalOrderDatabases(pools);
    }

    @Bean(destroyMethod = "close")
    public DataSource dataSource(PhysicalOrderDatabases databases, OrderProperties properties)
            throws IOException, SQLException {
        String rule = new ClassPathResource(RULE).getContentAsString(StandardCharsets.UTF_8)
                .replace("{{sql-show}}", String.valueOf(properties.db().sqlShow()))
                // one in-memory metadata store per DataSource, so two contexts in one JVM never share it
                .replace("{{config-db}}", "kaola_order_config_" + UUID.randomUUID().toString().replace("-", ""));
        return YamlShardingSphereDataSourceFactory.createDataSource(
                new LinkedHashMap<>(databases.pools()), rule.getBytes(StandardCharsets.UTF_8));
    }

    private static void migrate(OrderProperties.Db db, int index) {
        var result = Flyway.configure()
                .dataSource(db.url(index), db.user(), db.password())
                .locations(new String[0]) // no SQL files: the migrations are Java classes (4 tables per database)
                .javaMigrations(new V1__CreateTradeOrderTables(), new V2__AddBuyerIdentityAndLineTax(),
                        new V3__AddRequestFingerprint(), new V4__AddLifecycleColumns(),
                        new V5__AddRefundColumns(), new V6__CreateOrderReturnTables())
                .load()
                .migrate();
        log.info("migrated {} to version {} ({} migrations applied)", db.databaseName(index),
                result.targetSchemaVersion, result.migrationsExecuted);
    }

    /** How long a checkout waits for a connection of one shard, ms (below the gateway's placeOrder timeout). */
    static final int CONNECTION_TIMEOUT_MS = 2_000;
    /** How long one statement may wait on the socket of a shard, ms (below the gateway's placeOrder timeout). */
    static final int STATEMENT_TIMEOUT_MS = 8_000;

    private static HikariDataSource pool(OrderProperties.Db db, int index) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kaola-order-ds_" + index);
        config.setJdbcUrl(db.url(index));
        config.setUsername(db.user());
        config.setPassword(db.password());
        config.setMaximumPoolSize(db.poolSize());
        config.setMinimumIdle(1);
        // Fail fast when a shard is unreachable (bench/faults.sh, order-db): a checkout waiting for a connection
        // longer than the gateway's placeOrder timeout (10 s, DubboClients) would be answered 503 to the shopper and
        // then written once the shard came back. 2 s for a connection, 8 s for any one statement: the order fails
        // inside the gateway's timeout, its stock, quota and coupon are released (PlaceOrder), nothing is written late.
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setValidationTimeout(1_000);
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECTION_TIMEOUT_MS));
        config.addDataSourceProperty("socketTimeout", String.valueOf(STATEMENT_TIMEOUT_MS));
        return new HikariDataSource(config);
    }

    /** @param pools ds_0 and ds_1 */
    public record PhysicalOrderDatabases(Map<String, HikariDataSource> pools) implements AutoCloseable {
        @Override
        public void close() { pools.values().forEach(HikariDataSource::close); }
    }
}
