-- Real-name identities (订购人实名), the sandbox identity provider's registry and the annual
-- cross-border quota. No column holds a full identity number: it is stored AES-256-GCM encrypted,
-- masked, and as a keyed hash (blind index). docs/cross-border.md §1, §3.

-- One verified identity per account. identity_key is deliberately not unique: one person may hold
-- several accounts, and they share one quota (the quota key is identity_key, not user_id).
CREATE TABLE user_identity (
  user_id          BIGINT       NOT NULL,
  real_name        VARCHAR(30)  NOT NULL,
  id_number_cipher VARCHAR(128) NOT NULL COMMENT 'kid:base64(iv|ciphertext|tag), AES-256-GCM, AAD user_identity:<user_id>',
  identity_key     CHAR(64)     NOT NULL COMMENT 'HMAC-SHA256 hex of the number (blind index): the quota key',
  masked_id_number CHAR(18)     NOT NULL COMMENT 'first 4 + 10 * + last 4',
  verified_at      TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (user_id),
  KEY idx_user_identity_key (identity_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sandbox provider: the name + number pairs ops declared real, as HMAC-SHA256(index key, name|number).
CREATE TABLE sandbox_real_identity (
  pair_hash     CHAR(64)     NOT NULL,
  registered_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (pair_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per identity and quota year; reservations lock it (SELECT ... FOR UPDATE), so concurrent
-- orders of one identity are checked one after the other. Amounts in CNY fen (the quota is in CNY only).
CREATE TABLE quota_year (
  identity_key CHAR(64)     NOT NULL,
  year         INT          NOT NULL COMMENT 'calendar year in Asia/Shanghai',
  used_fen     BIGINT       NOT NULL DEFAULT 0 COMMENT 'confirmed (paid) orders',
  reserved_fen BIGINT       NOT NULL DEFAULT 0 COMMENT 'placed, unpaid orders',
  updated_at   TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (identity_key, year),
  CONSTRAINT ck_quota_year_not_negative CHECK (used_fen >= 0 AND reserved_fen >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The quota one order holds: RESERVED -> CONFIRMED | RELEASED, CONFIRMED -> RELEASED (refund).
CREATE TABLE quota_reservation (
  order_no     VARCHAR(64)  NOT NULL,
  identity_key CHAR(64)     NOT NULL,
  buyer_id     BIGINT       NOT NULL,
  year         INT          NOT NULL,
  amount_fen   BIGINT       NOT NULL COMMENT 'counted toward the annual limit, CNY fen',
  status       VARCHAR(16)  NOT NULL COMMENT 'RESERVED, CONFIRMED, RELEASED',
  created_at   TIMESTAMP(3) NOT NULL,
  updated_at   TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (order_no),
  KEY idx_quota_reservation_identity (identity_key, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
