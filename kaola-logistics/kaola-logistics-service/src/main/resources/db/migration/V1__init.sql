-- One waybill per order (cross-border.md §6: one order = one waybill), issued by a carrier for the order's bonded
-- warehouse. The consignee is copied from the order (CEB511 must match CEB311).
CREATE TABLE waybill (
    order_no            VARCHAR(64)  NOT NULL,
    buyer_id            BIGINT       NOT NULL,
    carrier             VARCHAR(32)  NOT NULL,
    logistics_code      VARCHAR(32)  NOT NULL,
    logistics_name      VARCHAR(128) NOT NULL,
    logistics_no        VARCHAR(64)  NOT NULL,
    consignee           VARCHAR(64)  NOT NULL,
    consignee_telephone VARCHAR(32)  NOT NULL,
    consignee_address   VARCHAR(512) NOT NULL,
    freight_minor       BIGINT       NOT NULL,
    currency            CHAR(3)      NOT NULL,
    weight_grams        INT          NOT NULL,
    warehouse_code      VARCHAR(32)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    created_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    shipped_at          TIMESTAMP(3) NULL,
    updated_at          TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_no),
    UNIQUE KEY uk_waybill_logistics_no (logistics_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The parcel's tracking status: status is what the shopper sees (EXCEPTION included), progress the furthest
-- journey status reached (never moves backwards), status_at the event time of the last status change.
CREATE TABLE parcel (
    logistics_no VARCHAR(64)  NOT NULL,
    order_no     VARCHAR(64)  NOT NULL,
    buyer_id     BIGINT       NOT NULL,
    status       VARCHAR(24)  NULL,
    progress     VARCHAR(24)  NULL,
    status_at    TIMESTAMP(3) NULL,
    updated_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (logistics_no),
    KEY ix_parcel_order (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every distinct tracking event (carrier traces and customs milestones), deduplicated on (waybill, code, time).
-- reached: this event moved the parcel to a new status; push_id: the push (or message) that first recorded it,
-- so that a redelivery of that push publishes ParcelStatusChanged again.
CREATE TABLE tracking_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    logistics_no VARCHAR(64)  NOT NULL,
    order_no     VARCHAR(64)  NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    code         VARCHAR(32)  NOT NULL,
    event_time   TIMESTAMP(3) NOT NULL,
    status       VARCHAR(24)  NOT NULL,
    place        VARCHAR(128) NULL,
    description  VARCHAR(512) NULL,
    reached      BOOLEAN      NOT NULL DEFAULT FALSE,
    push_id      VARCHAR(96)  NOT NULL,
    recorded_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_tracking_event (logistics_no, code, event_time),
    KEY ix_tracking_event_order (order_no, event_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sandbox carrier's own ledger (profile sandbox only): the waybills it issued, so that asking again for an
-- order answers the same number, and shipping twice starts one journey.
CREATE TABLE sandbox_carrier_waybill (
    order_no     VARCHAR(64)  NOT NULL,
    logistics_no VARCHAR(64)  NOT NULL,
    city         VARCHAR(64)  NULL,
    created_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    shipped_at   TIMESTAMP(3) NULL,
    PRIMARY KEY (order_no),
    UNIQUE KEY uk_sandbox_carrier_waybill_no (logistics_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Inbox for idempotent consumers (ConsumedMessages).
CREATE TABLE consumed_message (
    consumer_group VARCHAR(96)  NOT NULL,
    message_key    VARCHAR(128) NOT NULL,
    consumed_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (consumer_group, message_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
