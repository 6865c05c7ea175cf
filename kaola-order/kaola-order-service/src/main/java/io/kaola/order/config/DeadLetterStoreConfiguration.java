package io.kaola.order.config;

import io.kaola.common.boot.mq.DeadLetterStore;
import io.kaola.order.trade.infrastructure.sharding.OrderDataSourceConfiguration.PhysicalOrderDatabases;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * kaola-order's dead-letter desk stores its {@code dead_letter} table in the first physical database (ds_0 =
 * kaola_order_0{suffix}) directly, never through ShardingSphere: the table is not sharded, and a plain pool keeps
 * its SQL (INSERT IGNORE, LIMIT/OFFSET) out of ShardingSphere's parser and routing. Its schema has its own Flyway
 * history ({@code dead_letter_schema_history}, migrations in classpath:db/dead-letter), apart from the Java
 * migrations of the order tables, so the two never compete for a version number (docs/dead-letters.md).
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterStoreConfiguration {
    static final String LOCATION = "classpath:db/dead-letter";
    static final String HISTORY = "dead_letter_schema_history";

    /** @return the store on ds_0, migrated first */
    @Bean
    public DeadLetterStore deadLetterStore(PhysicalOrderDatabases databases, Environment env) {
        DataSource ds0 = databases.pools().get("ds_0");
        Flyway.configure().dataSource(ds0).locations(LOCATION).table(HISTORY)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
        return new DeadLetterStore(new JdbcTemplate(ds0), env.getProperty("spring.application.name", "kaola-order"));
    }
}
