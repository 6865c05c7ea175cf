-- Exchange rates: 1 base_currency = rate quote_currency, in force from rate_date (Asia/Shanghai)
-- until a later-dated row of the same pair. Rows are added, not edited, so that any past day's
-- price can be recomputed.
CREATE TABLE fx_rate (
    base_currency  CHAR(3)       NOT NULL,
    quote_currency CHAR(3)       NOT NULL DEFAULT 'CNY',
    rate           DECIMAL(18,6) NOT NULL,
    rate_date      DATE          NOT NULL,
    source         VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (base_currency, quote_currency, rate_date),
    CONSTRAINT ck_fx_rate_positive CHECK (rate > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
