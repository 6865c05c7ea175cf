-- Cross-border tax categories (docs/cross-border.md §2). Rates are statutory; within the limits VAT and CT are
-- levied at 70% and the tariff is 0. The MFN tariff applies only to a single item over the limit.
-- A product's category is kept by kaola-product (taxCategoryCode); a quote names it per line.
CREATE TABLE tax_category (
    code                      VARCHAR(32)  NOT NULL,
    name                      VARCHAR(100) NOT NULL,
    vat_rate                  DECIMAL(6,4) NOT NULL,
    consumption_tax_rate      DECIMAL(6,4) NOT NULL,
    consumption_tax_basis     VARCHAR(24)  NOT NULL,   -- NONE, AD_VALOREM, COSMETICS_THRESHOLD, WATCH_THRESHOLD
    threshold_per_unit_minor  BIGINT       NULL,       -- COSMETICS_THRESHOLD: CNY fen per ml or g
    threshold_per_piece_minor BIGINT       NULL,       -- COSMETICS_THRESHOLD: per piece; WATCH_THRESHOLD: per unit
    threshold_currency        CHAR(3)      NOT NULL DEFAULT 'CNY',
    mfn_tariff_rate           DECIMAL(6,4) NOT NULL,
    blocked                   BOOLEAN      NOT NULL DEFAULT FALSE,
    source                    VARCHAR(500) NOT NULL,
    updated_at                TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (code),
    CONSTRAINT ck_tax_category_rates CHECK (vat_rate >= 0 AND vat_rate <= 1 AND consumption_tax_rate >= 0
        AND consumption_tax_rate < 1 AND mfn_tariff_rate >= 0 AND mfn_tariff_rate <= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO tax_category (code, name, vat_rate, consumption_tax_rate, consumption_tax_basis,
                          threshold_per_unit_minor, threshold_per_piece_minor, mfn_tariff_rate, blocked, source) VALUES
  ('GENERAL', 'General goods', 0.1300, 0.0000, 'NONE', NULL, NULL, 0.1000, FALSE,
   '财关税〔2016〕18号; VAT 13%: 财政部 税务总局 海关总署公告2019年第39号; MFN tariff 0.10: unverified seed'),
  ('REDUCED_9', '9% VAT goods (some agricultural products, books)', 0.0900, 0.0000, 'NONE', NULL, NULL, 0.1000, FALSE,
   '财关税〔2016〕18号; VAT 9%: 财政部 税务总局 海关总署公告2019年第39号; MFN tariff 0.10: unverified seed'),
  ('COSMETICS', 'High-end cosmetics (CT at >= 10 CNY per ml/g or >= 15 CNY per piece)', 0.1300, 0.1500,
   'COSMETICS_THRESHOLD', 1000, 1500, 0.1000, FALSE,
   '财关税〔2016〕18号; CT 15% and thresholds: 财税〔2016〕103号; whether freight counts in the per-ml test: UNVERIFIED (left out); MFN tariff 0.10: unverified seed'),
  ('JEWELLERY_JADE', 'Other jewellery and jade', 0.1300, 0.1000, 'AD_VALOREM', NULL, NULL, 0.1000, FALSE,
   '财关税〔2016〕18号; CT 10%: 财税〔2006〕33号; MFN tariff 0.10: unverified seed'),
  ('WINE', 'Wine and other alcoholic drinks (其他酒)', 0.1300, 0.1000, 'AD_VALOREM', NULL, NULL, 0.1000, FALSE,
   '财关税〔2016〕18号; CT 10%: 财税〔2006〕33号; MFN tariff 0.10: unverified seed'),
  ('PRECIOUS_JEWELLERY', 'Gold, silver, platinum and diamond jewellery', 0.1300, 0.0000, 'NONE', NULL, NULL, 0.1000, FALSE,
   '财关税〔2016〕18号; CT charged at retail, not at import (财税〔2006〕33号): UNVERIFIED for CBEC; MFN tariff 0.10: unverified seed'),
  ('WATCH', 'Watches (CT at >= 10000 CNY per unit, excluding VAT)', 0.1300, 0.2000, 'WATCH_THRESHOLD', NULL, 1000000,
   0.0800, FALSE,
   '财关税〔2016〕18号; CT 20%: 财税〔2006〕33号; MFN tariff 0.08: hypothetical, unverified seed (docs/cross-border.md T8)'),
  ('BEER_SPIRITS', 'Beer and spirits (per-unit CT)', 0.1300, 0.0000, 'NONE', NULL, NULL, 0.1000, TRUE,
   'per-unit consumption tax: UNVERIFIED for CBEC, blocked (docs/cross-border.md §2)');

-- Shipping fee per bonded warehouse: first weight, then each further step (a started step counts in full);
-- free at or above the threshold (goods after real reductions). Money in CNY fen.
CREATE TABLE shipping_rule (
    warehouse_code                VARCHAR(32)  NOT NULL,
    first_weight_grams            INT          NOT NULL,
    first_fee_minor               BIGINT       NOT NULL,
    additional_weight_grams       INT          NOT NULL,
    additional_fee_minor          BIGINT       NOT NULL,
    free_shipping_threshold_minor BIGINT       NULL,     -- NULL: never free
    currency                      CHAR(3)      NOT NULL DEFAULT 'CNY',
    updated_at                    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (warehouse_code),
    CONSTRAINT ck_shipping_rule CHECK (first_weight_grams >= 1 AND additional_weight_grams >= 1
        AND first_fee_minor >= 0 AND additional_fee_minor >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO shipping_rule (warehouse_code, first_weight_grams, first_fee_minor, additional_weight_grams,
                           additional_fee_minor, free_shipping_threshold_minor) VALUES
  ('BONDED-NINGBO', 1000, 1000, 500, 500, 29900);
