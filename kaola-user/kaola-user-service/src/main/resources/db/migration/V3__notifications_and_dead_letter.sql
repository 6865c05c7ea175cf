-- Order notifications (docs/notifications.md): one per (order, status) the order entered; the unique key makes a
-- redelivered order-status-changed a no-op. delivery: PENDING (retried) -> SENT (never sent again).
CREATE TABLE notification (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  user_id      BIGINT       NOT NULL COMMENT 'the shopper (the order buyer)',
  order_no     VARCHAR(64)  NOT NULL,
  order_status VARCHAR(32)  NOT NULL COMMENT 'io.kaola.order.api.OrderStatus',
  title        VARCHAR(128) NOT NULL,
  body         VARCHAR(1024) NOT NULL,
  delivery     VARCHAR(16)  NOT NULL COMMENT 'PENDING, SENT',
  attempts     INT          NOT NULL DEFAULT 0,
  last_error   VARCHAR(512) NULL,
  changed_at   TIMESTAMP(3) NOT NULL COMMENT 'when the order entered the status',
  created_at   TIMESTAMP(3) NOT NULL,
  sent_at      TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_notification_order_status (order_no, order_status),
  KEY idx_notification_user (user_id, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sandbox SMS/push provider's outbox (profile sandbox only; the table exists in every schema): what it "sent",
-- once per idempotency key, as a real provider dedupes on its business id.
CREATE TABLE sandbox_sent_notification (
  idempotency_key VARCHAR(128)  NOT NULL COMMENT 'orderNo:status',
  user_id         BIGINT        NOT NULL,
  title           VARCHAR(128)  NOT NULL,
  body            VARCHAR(1024) NOT NULL,
  sent_at         TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (idempotency_key),
  KEY idx_sandbox_sent_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The dead-letter desk (kaola-common-boot DeadLetterStore, docs/dead-letters.md): every message a consumer group of
-- this service gave up on (%DLQ%<group>), once per (group, message id). body never holds a full identity number
-- (masked 3301**********123X; a replay of a masked body reads the original back from the broker).
CREATE TABLE dead_letter (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  consumer_group  VARCHAR(96)  NOT NULL,
  msg_id          VARCHAR(64)  NOT NULL COMMENT 'producer unique id, the same over retries',
  topic           VARCHAR(128) NOT NULL COMMENT 'the topic it was published to',
  message_key     VARCHAR(256) NULL,
  body            MEDIUMTEXT   NOT NULL COMMENT 'JSON, identity numbers masked',
  body_masked     BOOLEAN      NOT NULL COMMENT 'true when masking changed the body',
  offset_msg_id   VARCHAR(64)  NULL COMMENT 'broker offset id of the dead message in %DLQ%<group>',
  first_failed_at TIMESTAMP(3) NOT NULL COMMENT 'born time of the message',
  dead_at         TIMESTAMP(3) NOT NULL COMMENT 'stored in %DLQ%<group>',
  reconsume_times INT          NOT NULL,
  status          VARCHAR(16)  NOT NULL COMMENT 'NEW, REPLAYED, DISCARDED',
  acted_by        VARCHAR(128) NULL COMMENT 'who replayed or discarded it',
  acted_at        TIMESTAMP(3) NULL,
  replay_msg_id   VARCHAR(64)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_dead_letter_msg (consumer_group, msg_id),
  KEY idx_dead_letter_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
