-- Issue 7 (docs/payments.md). A payment can be CLOSED (its order was cancelled and the provider confirmed the
-- close); a CLOSED payment is no longer live, like a FAILED one, so a new payment may be opened should the order
-- still be unpaid. The provider's cashier page is kept (pay_url). Money a provider took that must go back is
-- recorded on the payment (refund_due_reason + refund_due_at), listed by ops newest first.
ALTER TABLE payment_order
    ADD COLUMN pay_url           VARCHAR(512) NULL COMMENT 'the provider''s cashier page for this payment' AFTER provider_txn_id,
    ADD COLUMN closed_at         DATETIME(3)  NULL COMMENT 'when it became CLOSED' AFTER failure_code,
    ADD COLUMN refund_due_reason VARCHAR(32)  NULL COMMENT 'RefundDueReason: why its money must be refunded' AFTER closed_at,
    ADD COLUMN refund_due_at     DATETIME(3)  NULL COMMENT 'when the refund due was recorded' AFTER refund_due_reason,
    MODIFY COLUMN live_order_no VARCHAR(32) AS (IF(status IN ('FAILED', 'CLOSED'), NULL, order_no)) STORED,
    ADD KEY ix_payment_order_refund_due (refund_due_at);

-- The sandbox provider's cashier confirms only with the one-time token handed out with the payment; it keeps a
-- SHA-256 hash of it, never the token. A transaction can be CLOSED (it then takes no money).
ALTER TABLE sandbox_transaction
    ADD COLUMN confirm_token_hash       CHAR(64)    NULL COMMENT 'hex SHA-256 of the current confirm token; NULL once used' AFTER buyer_id_masked,
    ADD COLUMN confirm_token_expires_at DATETIME(3) NULL COMMENT 'the current confirm token is stale after this' AFTER confirm_token_hash,
    ADD COLUMN closed_at                DATETIME(3) NULL COMMENT 'when it became CLOSED' AFTER paid_at;
