-- Stock per SKU and bonded warehouse. available = on_hand - reserved; the CHECK makes overselling
-- impossible even for a statement that forgets its guard.
CREATE TABLE stock (
    sku_code       VARCHAR(64)  NOT NULL,
    warehouse_code VARCHAR(32)  NOT NULL,
    on_hand        BIGINT       NOT NULL,
    reserved       BIGINT       NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (sku_code, warehouse_code),
    CONSTRAINT ck_stock_not_oversold CHECK (on_hand >= reserved AND reserved >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Stock held for one order: RESERVED, then DEDUCTED (paid) or RELEASED (cancelled).
CREATE TABLE reservation (
    order_no       VARCHAR(64)  NOT NULL,
    warehouse_code VARCHAR(32)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_no),
    KEY ix_reservation_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reservation_line (
    order_no VARCHAR(64) NOT NULL,
    sku_code VARCHAR(64) NOT NULL,
    quantity INT         NOT NULL,
    PRIMARY KEY (order_no, sku_code),
    CONSTRAINT ck_reservation_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Inbox for idempotent consumers (ConsumedMessages), ready for the refund restock of a later issue.
CREATE TABLE consumed_message (
    consumer_group VARCHAR(96)  NOT NULL,
    message_key    VARCHAR(128) NOT NULL,
    consumed_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (consumer_group, message_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
