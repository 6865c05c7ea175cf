-- The dead-letter desk of kaola-logistics (docs/dead-letters.md): messages its consumers gave up on.
CREATE TABLE dead_letter (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  consumer_group  VARCHAR(96)  NOT NULL,
  msg_id          VARCHAR(64)  NOT NULL,
  topic           VARCHAR(128) NOT NULL,
  message_key     VARCHAR(256) NULL,
  body            MEDIUMTEXT   NOT NULL,
  body_masked     BOOLEAN      NOT NULL,
  offset_msg_id   VARCHAR(64)  NULL,
  first_failed_at TIMESTAMP(3) NOT NULL,
  dead_at         TIMESTAMP(3) NOT NULL,
  reconsume_times INT          NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  acted_by        VARCHAR(128) NULL,
  acted_at        TIMESTAMP(3) NULL,
  replay_msg_id   VARCHAR(64)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_dead_letter_msg (consumer_group, msg_id),
  KEY idx_dead_letter_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
