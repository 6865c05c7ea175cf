-- Flash sales (秒杀): one SKU, its flash price, the units set aside in kaola-inventory (hold SECKILL-<id>) and the
-- window. PENDING only for the moment between this row and the hold; HELD while on; ENDED once the unsold units
-- went back to stock (returned). Attempts live in Redis (kaola:{seckill:<id>}:attempts), orders in kaola-order.
CREATE TABLE flash_sale (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    name            VARCHAR(64)  NOT NULL,
    sku_code        VARCHAR(64)  NOT NULL,
    price_minor     BIGINT       NOT NULL,
    price_currency  CHAR(3)      NOT NULL,
    units           INT          NOT NULL,
    per_user_limit  INT          NOT NULL,
    starts_at       TIMESTAMP(3) NOT NULL,
    ends_at         TIMESTAMP(3) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    returned        INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY ix_flash_sale_status (status, ends_at),
    CONSTRAINT ck_flash_sale_units CHECK (units > 0 AND per_user_limit > 0 AND returned >= 0 AND returned <= units),
    CONSTRAINT ck_flash_sale_price CHECK (price_minor > 0),
    CONSTRAINT ck_flash_sale_window CHECK (starts_at < ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
