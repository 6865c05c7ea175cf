-- The shopper's address book (docs/address-book.md): at most 20 entries per user, exactly one default while
-- non-empty. address_book_owner is the per-user lock row every write takes first (FOR UPDATE semantics through
-- INSERT ... ON DUPLICATE KEY UPDATE), which also serialises writes to an empty book. default_owner makes a second
-- default of one user a duplicate key, whatever the code does.
CREATE TABLE address_book_owner (
  user_id    BIGINT       NOT NULL,
  locked_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE address_book_entry (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  user_id       BIGINT       NOT NULL,
  consignee     VARCHAR(64)  NOT NULL,
  phone         VARCHAR(16)  NOT NULL COMMENT 'personal data: never logged in full',
  province      VARCHAR(64)  NOT NULL,
  city          VARCHAR(64)  NOT NULL,
  district      VARCHAR(64)  NOT NULL,
  detail        VARCHAR(255) NOT NULL,
  is_default    BOOLEAN      NOT NULL,
  default_owner BIGINT AS (IF(is_default, user_id, NULL)) PERSISTENT,
  created_at    TIMESTAMP(3) NOT NULL,
  updated_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_address_default_owner (default_owner),
  KEY idx_address_user (user_id, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
