-- Sold goods back on hand (issue 12): a paid order cancelled before it left the bonded warehouse, or the units of a
-- return. One row per (order, restock, SKU); the key (order_no, restock_key, sku_code) makes a repeated restock a
-- no-op. The total per (order_no, sku_code) never exceeds the order's reservation_line quantity (checked under the
-- reservation row's lock, RestockStock); on_hand goes up by each quantity. When every deducted unit is back the
-- reservation is RESTOCKED; until then it stays DEDUCTED. A flash order's restocked units go to available stock,
-- never back into its stock hold.
CREATE TABLE restock_line (
    order_no    VARCHAR(64)  NOT NULL,
    restock_key VARCHAR(64)  NOT NULL,
    sku_code    VARCHAR(64)  NOT NULL,
    quantity    INT          NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (order_no, restock_key, sku_code),
    CONSTRAINT ck_restock_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
