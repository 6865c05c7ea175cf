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
