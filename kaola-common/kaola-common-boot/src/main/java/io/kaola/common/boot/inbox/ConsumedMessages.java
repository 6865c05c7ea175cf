package io.kaola.common.boot.inbox;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox that makes a consumer idempotent: {@link #firstTime} inserts
 * (consumer_group, message_key) into {@code consumed_message}, whose primary key
 * refuses a repeat. Call it inside the same transaction as the state change it
 * guards, so that the change and the record commit or roll back together.
 * Each service's Flyway migrations create the table:
 * <pre>
 * CREATE TABLE consumed_message (consumer_group VARCHAR(96) NOT NULL, message_key VARCHAR(128) NOT NULL,
 *   consumed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), PRIMARY KEY (consumer_group, message_key));
 * </pre>
 */
public class ConsumedMessages {
    private final JdbcTemplate jdbc;

    public ConsumedMessages(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    /**
     * @param consumerGroup the consumer's group, e.g. {@code inventory-deducts-on-payment}
     * @param messageKey    the business key of the message, e.g. a paymentNo
     * @return true the first time this pair is seen (in this transaction's view), false for a duplicate
     */
    public boolean firstTime(String consumerGroup, String messageKey) {
        return jdbc.update("INSERT IGNORE INTO consumed_message (consumer_group, message_key) VALUES (?, ?)",
                consumerGroup, messageKey) == 1;
    }
}
