-- Stock set aside for a flash sale (秒杀): units leave available stock when the hold is made (stock.reserved goes up
-- by units and stays up while they sit in the hold or in a flash order's reservation); orders take from remaining;
-- a released flash order gives its units back to remaining while the hold is OPEN; closing it gives what is left
-- back to available stock (returned = remaining, remaining = 0). stock.reserved always counts
-- remaining + the RESERVED quantities of the hold's reservations.
CREATE TABLE stock_hold (
    hold_id        VARCHAR(64)  NOT NULL,
    warehouse_code VARCHAR(32)  NOT NULL,
    sku_code       VARCHAR(64)  NOT NULL,
    units          INT          NOT NULL,
    remaining      INT          NOT NULL,
    returned       INT          NOT NULL DEFAULT 0,
    status         VARCHAR(16)  NOT NULL,
    created_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (hold_id),
    KEY ix_stock_hold_sku (sku_code, warehouse_code),
    CONSTRAINT ck_stock_hold_units CHECK (units > 0 AND remaining >= 0 AND remaining <= units
        AND returned >= 0 AND returned <= units),
    CONSTRAINT ck_stock_hold_status CHECK ((status = 'OPEN' AND returned = 0) OR (status = 'CLOSED' AND remaining = 0))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The hold a flash order's reservation took its units from (null for every other reservation): releasing it gives
-- the units back to that hold while it is OPEN. A nullable column at the end is an instant ALTER on MariaDB 10.3+.
ALTER TABLE reservation
    ADD COLUMN hold_id VARCHAR(64) NULL,
    ADD KEY ix_reservation_hold (hold_id);
