-- Cross-border payer check (docs/cross-border.md §3): a payment can FAIL (the payer is not the buyer), and the
-- shopper may then pay again with a new payment. So an order has at most one live (PENDING or SUCCEEDED)
-- payment, not at most one payment: live_order_no is the order number while the payment is live and NULL once
-- FAILED, and its unique key (NULLs never collide) keeps two concurrent createPayment calls to one live payment.
ALTER TABLE payment_order
    ADD COLUMN failure_code  VARCHAR(64) NULL COMMENT 'why a FAILED payment failed, e.g. CROSSBORDER_PAYER_NOT_BUYER' AFTER succeeded_at,
    ADD COLUMN live_order_no VARCHAR(32) AS (IF(status = 'FAILED', NULL, order_no)) STORED AFTER failure_code,
    DROP INDEX uk_payment_order_order_no,
    ADD UNIQUE KEY uk_payment_order_live_order_no (live_order_no),
    ADD KEY ix_payment_order_order_no (order_no);

-- The sandbox provider's real-name check: it is told the buyer when a payment is opened and compares the payer
-- at confirm. It keeps only a keyed hash of name|number and masked numbers, never a full identity number.
ALTER TABLE sandbox_transaction
    ADD COLUMN buyer_check_hash  CHAR(64)    NULL COMMENT 'hex HMAC-SHA256(sandbox key, name|number) of the buyer' AFTER currency,
    ADD COLUMN buyer_id_masked   VARCHAR(32) NULL COMMENT 'e.g. 3301**********123X' AFTER buyer_check_hash,
    ADD COLUMN cert_check_result VARCHAR(16) NULL COMMENT 'SAME or DIFFERENT, set when paid' AFTER provider_txn_id,
    ADD COLUMN payer_id_masked   VARCHAR(32) NULL COMMENT 'the payer''s number, masked, set when paid' AFTER cert_check_result;
