-- Returns after delivery give back part of a paid order's quota (docs/cross-border.md §1, §4.6).
-- restored_fen is the running total the restores gave back, kept in the transaction that records each one
-- (under the year's and the reservation's row locks); it always equals SUM(quota_restore.amount_fen) of the
-- order. The year's used_fen is lowered by each restore, so used stays "what still counts".
ALTER TABLE quota_reservation
  ADD COLUMN restored_fen BIGINT NOT NULL DEFAULT 0 COMMENT 'given back by returns, CNY fen' AFTER amount_fen,
  ADD CONSTRAINT ck_quota_reservation_restored CHECK (restored_fen >= 0 AND restored_fen <= amount_fen);

-- One row per restore; (order_no, restore_key) is the idempotency key. The quota is in CNY only: fen.
CREATE TABLE quota_restore (
  order_no    VARCHAR(64)  NOT NULL,
  restore_key VARCHAR(64)  NOT NULL COMMENT 'the caller''s key, e.g. the return id',
  amount_fen  BIGINT       NOT NULL COMMENT 'given back, CNY fen',
  restored_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (order_no, restore_key),
  CONSTRAINT ck_quota_restore_positive CHECK (amount_fen > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
