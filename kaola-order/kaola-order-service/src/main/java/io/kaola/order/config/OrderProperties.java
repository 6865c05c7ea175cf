package io.kaola.order.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Settings of kaola-order ({@code kaola.order.*}, application.yml).
 *
 * @param workerId snowflake worker id of this instance, 0..1023, unique among running instances (KAOLA_ORDER_WORKER_ID)
 * @param db       the two physical order databases
 * @param unpaidTimeout    an order unpaid this long after placement is closed (KAOLA_ORDER_UNPAID_TIMEOUT, default
 *                         30 minutes, ../shared/design/fulfilment.md §3); a payment opened later is refused
 * @param autoConfirmAfter a DELIVERED order is COMPLETED this long after delivery unless the buyer confirms earlier
 *                         (KAOLA_ORDER_AUTO_CONFIRM_AFTER, default 7 days)
 * @param timerDelayLevels the broker's messageDelayLevel table, level 1 first (RocketMQ delay levels; the timers
 *                         pick the longest level not past the due time and re-check on arrival, so a table that
 *                         differs from the broker's only makes a timer hop more often or fire up to one level late)
 * @param unpaidSweep      how often every shard is swept for unpaid orders past their timeout whose timer message
 *                         was lost (0: never)
 * @param returnPeriod     how long after delivery a shopper may ask to return units (KAOLA_ORDER_RETURN_PERIOD, default
 *                         30 days; the customs windows, counted from the release, are ReturnRules' and not settings)
 */
@ConfigurationProperties("kaola.order")
public record OrderProperties(Integer workerId, Db db, Duration unpaidTimeout, Duration autoConfirmAfter,
                              List<Duration> timerDelayLevels, Duration unpaidSweep, Duration returnPeriod) {
    /** The broker's default table (RocketMQ MessageStoreConfig.messageDelayLevel). */
    public static final List<Duration> ROCKETMQ_DEFAULT_DELAY_LEVELS = Stream.of("1s", "5s", "10s", "30s", "1m",
            "2m", "3m", "4m", "5m", "6m", "7m", "8m", "9m", "10m", "20m", "30m", "1h", "2h").map(OrderProperties::parse).toList();

    public OrderProperties {
        if (workerId == null) workerId = 1;
        if (db == null) db = new Db(null, null, null, null, null, null, null, null);
        if (unpaidTimeout == null) unpaidTimeout = Duration.ofMinutes(30);
        if (autoConfirmAfter == null) autoConfirmAfter = Duration.ofDays(7);
        if (timerDelayLevels == null || timerDelayLevels.isEmpty()) timerDelayLevels = ROCKETMQ_DEFAULT_DELAY_LEVELS;
        if (unpaidSweep == null) unpaidSweep = Duration.ofMinutes(1);
        if (returnPeriod == null) returnPeriod = Duration.ofDays(30);
        if (unpaidTimeout.isNegative() || unpaidTimeout.isZero()) {
            throw new IllegalArgumentException("kaola.order.unpaid-timeout must be positive, e.g. 30m");
        }
    }

    private static Duration parse(String level) {
        long n = Long.parseLong(level.substring(0, level.length() - 1));
        return switch (level.charAt(level.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> throw new IllegalArgumentException(level);
        };
    }

    /**
     * @param host     MariaDB host (KAOLA_DB_HOST)
     * @param port     MariaDB port (KAOLA_DB_PORT)
     * @param user     user (KAOLA_DB_USER)
     * @param password password (KAOLA_DB_PASSWORD); never logged
     * @param suffix   appended to kaola_order_0 / kaola_order_1 (KAOLA_DB_SUFFIX, "_it" in tests)
     * @param poolSize Hikari maximum pool size per physical database
     * @param sqlShow  true logs every logic and actual SQL on logger ShardingSphere-SQL
     * @param shards   optional {@code host:port} of each physical database in order (ds_0, ds_1), comma-separated
     *                 (KAOLA_ORDER_DB_SHARDS), for one MariaDB per shard; empty: every shard on host:port
     */
    public record Db(String host, Integer port, String user, String password, String suffix, Integer poolSize,
                     Boolean sqlShow, String shards) {
        public Db {
            if (host == null || host.isBlank()) host = "127.0.0.1";
            if (port == null) port = 3306;
            if (user == null || user.isBlank()) user = "root";
            if (password == null) password = "";
            if (suffix == null) suffix = "";
            if (poolSize == null) poolSize = 8;
            if (sqlShow == null) sqlShow = false;
            if (shards == null) shards = "";
        }

        /** @return {@code host:port} of physical database {@code index}: its entry in shards, else host:port */
        public String address(int index) {
            String[] each = shards.isBlank() ? new String[0] : shards.split(",");
            if (each.length == 0) return host + ":" + port;
            if (index >= each.length || !each[index].trim().matches("[^:/?#\\s]+:\\d{1,5}")) {
                throw new IllegalArgumentException("kaola.order.db.shards (KAOLA_ORDER_DB_SHARDS) needs host:port for ds_0 and ds_1, got \""
                        + shards + "\"");
            }
            return each[index].trim();
        }

        /** @return kaola_order_{index}{suffix} */
        public String databaseName(int index) { return "kaola_order_" + index + suffix; }

        /** @return the MariaDB URL of physical database {@code index}, created if absent */
        public String url(int index) {
            return "jdbc:mariadb://" + address(index) + "/" + databaseName(index) + "?createDatabaseIfNotExist=true";
        }
    }
}
