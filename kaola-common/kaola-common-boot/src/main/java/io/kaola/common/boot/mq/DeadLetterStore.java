package io.kaola.common.boot.mq;

import io.kaola.common.deadletter.DeadLetterFilter;
import io.kaola.common.deadletter.DeadLetterStatus;
import io.kaola.common.deadletter.DeadLetterView;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code dead_letter} table of one service, over a plain JdbcTemplate on the service's own database (for
 * kaola-order: its first physical database, never the ShardingSphere DataSource). Each service's Flyway
 * migration creates the table (docs/dead-letters.md has the DDL):
 * <pre>
 * CREATE TABLE dead_letter (id BIGINT AUTO_INCREMENT PRIMARY KEY, consumer_group VARCHAR(96) NOT NULL,
 *   msg_id VARCHAR(64) NOT NULL, topic VARCHAR(128) NOT NULL, message_key VARCHAR(256) NULL, body MEDIUMTEXT NOT NULL,
 *   body_masked BOOLEAN NOT NULL, offset_msg_id VARCHAR(64) NULL, first_failed_at TIMESTAMP(3) NOT NULL, dead_at TIMESTAMP(3) NOT NULL, reconsume_times INT NOT NULL,
 *   status VARCHAR(16) NOT NULL, acted_by VARCHAR(128) NULL, acted_at TIMESTAMP(3) NULL, replay_msg_id VARCHAR(64) NULL,
 *   UNIQUE KEY uk_dead_letter_msg (consumer_group, msg_id), KEY idx_dead_letter_status (status, id));
 * </pre>
 * Without the table the desk is off ({@link #available()} false): dead letters are only logged.
 */
public class DeadLetterStore {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterStore.class);
    private static final String COLUMNS = "id, consumer_group, msg_id, topic, message_key, body, first_failed_at, "
            + "dead_at, reconsume_times, status, acted_by, acted_at, replay_msg_id";

    private final JdbcTemplate jdbc;
    private final String application;
    private final TransactionTemplate transactions;
    private volatile Boolean available;

    /**
     * @param jdbc        on the database holding {@code dead_letter}
     * @param application this service's spring.application.name, put on every view
     */
    public DeadLetterStore(JdbcTemplate jdbc, String application) {
        this.jdbc = jdbc;
        this.application = application;
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    /** @return this service's application name */
    public String application() { return application; }

    /** @return the transactions of this store's database (the replay holds the row while it publishes) */
    TransactionTemplate transactions() { return transactions; }

    /** @return true when the table exists (checked once; a missing table is logged at ERROR once) */
    public boolean available() {
        Boolean known = available;
        if (known != null) return known;
        boolean exists;
        try {
            jdbc.queryForList("SELECT id FROM dead_letter WHERE 1 = 0");
            exists = true;
        } catch (DataAccessException e) {
            exists = false;
            log.error("dead-letter desk of {} is OFF: its database has no table dead_letter ({}). Dead messages are "
                    + "only logged. Add the migration of docs/dead-letters.md", application, e.getMostSpecificCause().getMessage());
        }
        available = exists;
        return exists;
    }

    /**
     * Records a dead letter once per (consumer group, message id); a redelivery of the same DLQ message changes nothing.
     *
     * @return true when this call inserted it
     */
    public boolean record(String consumerGroup, String msgId, String topic, String key, String maskedBody,
                          boolean bodyMasked, String offsetMsgId, Instant firstFailedAt, Instant deadAt,
                          int reconsumeTimes) {
        return jdbc.update("INSERT IGNORE INTO dead_letter (consumer_group, msg_id, topic, message_key, body, body_masked, "
                        + "offset_msg_id, first_failed_at, dead_at, reconsume_times, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW')",
                consumerGroup, msgId, topic, key, maskedBody, bodyMasked, offsetMsgId, Timestamp.from(firstFailedAt),
                Timestamp.from(deadAt), reconsumeTimes) == 1;
    }

    /**
     * Where the unmasked body still is: the broker keeps the dead message in {@code %DLQ%<group>} for its
     * retention time (72 h by default), under its offset message id.
     *
     * @return (body_masked, offset_msg_id) of the letter
     */
    public StoredBody storedBody(long id) {
        return jdbc.queryForObject("SELECT body_masked, offset_msg_id FROM dead_letter WHERE id = ?",
                (rs, n) -> new StoredBody(rs.getBoolean("body_masked"), rs.getString("offset_msg_id")), id);
    }

    /** Records the message id the replay was published as. */
    public void replayedAs(long id, String replayMsgId) {
        jdbc.update("UPDATE dead_letter SET replay_msg_id = ? WHERE id = ?", replayMsgId, id);
    }

    /**
     * @param masked      true when the stored body differs from the message (an identity number was masked)
     * @param offsetMsgId the broker's offset message id of the dead message
     */
    public record StoredBody(boolean masked, String offsetMsgId) {}

    /** @return the letter with this id */
    public Optional<DeadLetterView> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?", rows(), id).stream().findFirst();
    }

    /** @return the letter of this group and message id */
    public Optional<DeadLetterView> find(String consumerGroup, String msgId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE consumer_group = ? AND msg_id = ?", rows(),
                consumerGroup, msgId).stream().findFirst();
    }

    /** @return one page, newest first */
    public Page<DeadLetterView> list(DeadLetterFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.status() != null) { where.append(" AND status = ?"); args.add(filter.status().name()); }
        if (filter.consumerGroup() != null) { where.append(" AND consumer_group = ?"); args.add(filter.consumerGroup()); }
        if (filter.topic() != null) { where.append(" AND topic = ?"); args.add(filter.topic()); }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<DeadLetterView> items = jdbc.query("SELECT " + COLUMNS + " FROM dead_letter" + where
                + " ORDER BY id DESC LIMIT ? OFFSET ?", rows(), pageArgs.toArray());
        return new Page<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    /**
     * The guarded status write of a replay or discard, with the audit columns.
     *
     * @return true when the letter was still in {@code from} (this writer won)
     */
    public boolean settle(long id, DeadLetterStatus from, DeadLetterStatus to, String actor, Instant at) {
        return jdbc.update("UPDATE dead_letter SET status = ?, acted_by = ?, acted_at = ? WHERE id = ? AND status = ?",
                to.name(), actor, Timestamp.from(at), id, from.name()) == 1;
    }

    private RowMapper<DeadLetterView> rows() {
        return (rs, n) -> new DeadLetterView(rs.getLong("id"), application, rs.getString("msg_id"),
                rs.getString("consumer_group"), rs.getString("topic"), rs.getString("message_key"), rs.getString("body"),
                instant(rs.getTimestamp("first_failed_at")), instant(rs.getTimestamp("dead_at")),
                rs.getInt("reconsume_times"), DeadLetterStatus.valueOf(rs.getString("status")),
                rs.getString("acted_by"), instant(rs.getTimestamp("acted_at")), rs.getString("replay_msg_id"));
    }

    private static Instant instant(Timestamp t) { return t == null ? null : t.toInstant(); }
}
