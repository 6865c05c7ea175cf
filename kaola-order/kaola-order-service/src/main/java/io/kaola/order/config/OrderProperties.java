package io.kaola.order.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of kaola-order ({@code kaola.order.*}, application.yml).
 *
 * @param workerId snowflake worker id of this instance, 0..1023, unique among running instances (KAOLA_ORDER_WORKER_ID)
 * @param db       the two physical order databases
 */
@ConfigurationProperties("kaola.order")
public record OrderProperties(Integer workerId, Db db) {
    public OrderProperties {
        if (workerId == null) workerId = 1;
        if (db == null) db = new Db(null, null, null, null, null, null, null);
    }

    /**
     * @param host     MariaDB host (KAOLA_DB_HOST)
     * @param port     MariaDB port (KAOLA_DB_PORT)
     * @param user     user (KAOLA_DB_USER)
     * @param password password (KAOLA_DB_PASSWORD); never logged
     * @param suffix   appended to kaola_order_0 / kaola_order_1 (KAOLA_DB_SUFFIX, "_it" in tests)
     * @param poolSize Hikari maximum pool size per physical database
     * @param sqlShow  true logs every logic and actual SQL on logger ShardingSphere-SQL
     */
    public record Db(String host, Integer port, String user, String password, String suffix, Integer poolSize,
                     Boolean sqlShow) {
        public Db {
            if (host == null || host.isBlank()) host = "127.0.0.1";
            if (port == null) port = 3306;
            if (user == null || user.isBlank()) user = "root";
            if (password == null) password = "";
            if (suffix == null) suffix = "";
            if (poolSize == null) poolSize = 8;
            if (sqlShow == null) sqlShow = false;
        }

        /** @return kaola_order_{index}{suffix} */
        public String databaseName(int index) { return "kaola_order_" + index + suffix; }

        /** @return the MariaDB URL of physical database {@code index}, created if absent */
        public String url(int index) {
            return "jdbc:mariadb://" + host + ":" + port + "/" + databaseName(index) + "?createDatabaseIfNotExist=true";
        }
    }
}
