-- Issue 12 (docs/payments.md "Refunds"). A refund is recorded PENDING before the provider is asked (refund_no is the
-- provider's idempotency key: Alipay out_request_no, WeChat Pay out_refund_no), then decided by the provider's signed
-- notification (RefundTransition: PENDING -> SUCCEEDED or FAILED, guarded by status). The caller's idempotency key is
-- unique: a repeated request finds the first refund. What is left refundable on a payment is its amount minus every
-- refund not FAILED, checked with the payment row locked (SELECT ... FOR UPDATE), so concurrent requests never
-- refund more than was paid.
CREATE TABLE refund (
    refund_no          VARCHAR(32)  NOT NULL,
    payment_no         VARCHAR(32)  NOT NULL,
    order_no           VARCHAR(32)  NOT NULL,
    buyer_id           BIGINT       NOT NULL,
    amount_minor       BIGINT       NOT NULL COMMENT 'minor units (CNY fen)',
    currency           CHAR(3)      NOT NULL,
    status             VARCHAR(16)  NOT NULL COMMENT 'RefundStatus: PENDING, SUCCEEDED, FAILED',
    reason             VARCHAR(255) NOT NULL,
    idempotency_key    VARCHAR(64)  NOT NULL COMMENT 'the requester''s key; due:<paymentNo> for a refund due',
    refund_lines       TEXT         NOT NULL COMMENT 'JSON [{skuCode, quantity}], [] = the whole order',
    provider           VARCHAR(16)  NOT NULL,
    provider_refund_id VARCHAR(64)  NULL COMMENT 'the provider''s refund id, once it acknowledged the refund',
    provider_acked_at  DATETIME(3)  NULL COMMENT 'when the provider acknowledged it; NULL: ask (again)',
    failure_reason     VARCHAR(255) NULL COMMENT 'why the provider refused it (FAILED)',
    requested_at       DATETIME(3)  NOT NULL,
    decided_at         DATETIME(3)  NULL COMMENT 'when it became SUCCEEDED or FAILED',
    PRIMARY KEY (refund_no),
    UNIQUE KEY uk_refund_idempotency_key (idempotency_key),
    KEY ix_refund_order_no (order_no),
    KEY ix_refund_payment_no (payment_no),
    KEY ix_refund_status_requested (status, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every verified refund notification, once per (provider, provider refund id, outcome): a repeat changes nothing.
CREATE TABLE refund_notification (
    provider           VARCHAR(16) NOT NULL,
    provider_refund_id VARCHAR(64) NOT NULL,
    outcome            VARCHAR(16) NOT NULL COMMENT 'SUCCEEDED or FAILED',
    refund_no          VARCHAR(32) NOT NULL,
    body               TEXT        NOT NULL,
    received_at        DATETIME(3) NOT NULL,
    PRIMARY KEY (provider, provider_refund_id, outcome),
    KEY ix_refund_notification_refund (refund_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sandbox provider's own refund ledger (profile sandbox): a third party, so it shares no table with ours.
-- Idempotent on refund_no (our refund number); PROCESSING -> SUCCEEDED after kaola.payment.sandbox.refund-delay;
-- FAILED when refused at once (the transaction is not PAID, or more than paid would be refunded).
CREATE TABLE sandbox_refund (
    refund_no          VARCHAR(32)  NOT NULL,
    payment_no         VARCHAR(32)  NOT NULL,
    amount_minor       BIGINT       NOT NULL,
    currency           CHAR(3)      NOT NULL,
    status             VARCHAR(16)  NOT NULL COMMENT 'PROCESSING, SUCCEEDED or FAILED',
    provider_refund_id VARCHAR(64)  NOT NULL COMMENT 'SBXR + 24 random hex digits',
    failure_reason     VARCHAR(255) NULL,
    requested_at       DATETIME(3)  NOT NULL,
    refunded_at        DATETIME(3)  NULL,
    PRIMARY KEY (refund_no),
    KEY ix_sandbox_refund_payment (payment_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
