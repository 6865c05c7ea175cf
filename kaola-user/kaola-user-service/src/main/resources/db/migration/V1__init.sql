-- Accounts. The unique key on email (stored lower-case) is what refuses a second registration.
CREATE TABLE user_account (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  email         VARCHAR(254) NOT NULL,
  display_name  VARCHAR(64)  NOT NULL,
  password_hash CHAR(60)     NOT NULL COMMENT 'bcrypt, e.g. $2a$10$...',
  roles         VARCHAR(64)  NOT NULL COMMENT 'comma-separated: SHOPPER,OPS',
  created_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_user_account_email (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
