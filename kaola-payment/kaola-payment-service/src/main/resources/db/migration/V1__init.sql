-- One payment per order (order_no unique): a repeat createPayment returns the pending one.
CREATE TABLE payment_order (
    payment_no      VARCHAR(32) NOT NULL,
    order_no        VARCHAR(32) NOT NULL,
    buyer_id        BIGINT      NOT NULL,
    amount_minor    BIGINT      NOT NULL,
    currency        CHAR(3)     NOT NULL,
    status          VARCHAR(16) NOT NULL,
    provider        VARCHAR(16) NOT NULL,
    provider_txn_id VARCHAR(64) NULL,
    created_at      DATETIME(3) NOT NULL,
    succeeded_at    DATETIME(3) NULL,
    PRIMARY KEY (payment_no),
    UNIQUE KEY uk_payment_order_order_no (order_no),
    KEY ix_payment_order_buyer (buyer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every verified notification, once: the primary key rejects a repeat of (provider, provider_txn_id).
CREATE TABLE payment_notification (
    provider        VARCHAR(16) NOT NULL,
    provider_txn_id VARCHAR(64) NOT NULL,
    payment_no      VARCHAR(32) NOT NULL,
    body            TEXT        NOT NULL,
    received_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (provider, provider_txn_id),
    KEY ix_payment_notification_payment (payment_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sandbox provider's own ledger: it stands for a third party, so it shares no table with payments.
CREATE TABLE sandbox_transaction (
    payment_no        VARCHAR(32) NOT NULL,
    merchant_order_no VARCHAR(32) NOT NULL,
    amount_minor      BIGINT      NOT NULL,
    currency          CHAR(3)     NOT NULL,
    status            VARCHAR(8)  NOT NULL,
    provider_txn_id   VARCHAR(64) NULL,
    opened_at         DATETIME(3) NOT NULL,
    paid_at           DATETIME(3) NULL,
    PRIMARY KEY (payment_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
