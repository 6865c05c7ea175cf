-- Returns after delivery (docs/logistics.md "Returns"): one return waybill per return id, with its own number and
-- tracking (parcel, tracking_event keyed by its logistics_no); the order's outbound waybill is never touched.
-- Its status is its parcel's tracking status (BOOKED until the carrier's first event), so no status column here.
CREATE TABLE return_waybill (
    return_id             VARCHAR(64)  NOT NULL,
    order_no              VARCHAR(64)  NOT NULL,
    buyer_id              BIGINT       NOT NULL,
    carrier               VARCHAR(32)  NOT NULL,
    logistics_code        VARCHAR(32)  NOT NULL,
    logistics_name        VARCHAR(128) NOT NULL,
    logistics_no          VARCHAR(64)  NOT NULL,
    outbound_logistics_no VARCHAR(64)  NOT NULL COMMENT 'the order''s waybill the goods left on',
    sender                VARCHAR(64)  NOT NULL COMMENT 'the order''s consignee, who hands the parcel over',
    sender_telephone      VARCHAR(32)  NOT NULL,
    pickup_address        VARCHAR(512) NOT NULL,
    warehouse_code        VARCHAR(32)  NOT NULL COMMENT 'the bonded warehouse it goes back to',
    booked_at             TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (return_id),
    UNIQUE KEY uk_return_waybill_logistics_no (logistics_no),
    KEY ix_return_waybill_order (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sandbox carrier's return bookings (profile sandbox only): booking a return id again answers the same
-- number and starts no second journey.
CREATE TABLE sandbox_carrier_return (
    return_id    VARCHAR(64)  NOT NULL,
    order_no     VARCHAR(64)  NOT NULL,
    logistics_no VARCHAR(64)  NOT NULL,
    city         VARCHAR(64)  NULL,
    booked_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (return_id),
    UNIQUE KEY uk_sandbox_carrier_return_no (logistics_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
