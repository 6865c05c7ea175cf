-- Cross-border data of products and SKUs (docs/cross-border.md §2, §5).
-- spu.tax_category_code: kaola-pricing tax category (GENERAL, COSMETICS, WINE...), assigned by the catalogue
--   import from kaola.catalog.tax-mapping or set by ops; spu.importable: on the cross-border positive list
--   (a product that is not cannot be ordered); spu.hs_code: 8- or 10-digit HS code (gcode), set by ops.
-- tax_profile_source / content_source: who set the values last. 'IMPORT': the next import may change them;
--   'OPS': set by hand (CatalogAdminService), the import leaves them alone.
-- sku.net_quantity + net_unit: net content of one unit (ml, g or pieces), for per-unit tax tests; both NULL
--   when unknown. Existing rows keep content_hash: the next import sees the new hash fields and updates them.

ALTER TABLE spu
  ADD COLUMN tax_category_code  VARCHAR(32) NOT NULL DEFAULT 'GENERAL' AFTER tax_category_key,
  ADD COLUMN importable         BOOLEAN     NOT NULL DEFAULT TRUE AFTER tax_category_code,
  ADD COLUMN hs_code            VARCHAR(10) NULL AFTER importable,
  ADD COLUMN tax_profile_source VARCHAR(8)  NOT NULL DEFAULT 'IMPORT' AFTER hs_code,
  ADD CONSTRAINT ck_spu_hs_code CHECK (hs_code IS NULL OR hs_code REGEXP '^[0-9]{8}([0-9]{2})?$'),
  ADD CONSTRAINT ck_spu_tax_profile_source CHECK (tax_profile_source IN ('IMPORT', 'OPS'));

ALTER TABLE sku
  ADD COLUMN net_quantity   DECIMAL(12, 3) NULL AFTER weight_grams,
  ADD COLUMN net_unit       VARCHAR(8)     NULL AFTER net_quantity,
  ADD COLUMN content_source VARCHAR(8)     NOT NULL DEFAULT 'IMPORT' AFTER net_unit,
  ADD CONSTRAINT ck_sku_net_content CHECK ((net_quantity IS NULL AND net_unit IS NULL)
      OR (net_quantity > 0 AND net_unit IN ('ML', 'G', 'PIECE'))),
  ADD CONSTRAINT ck_sku_content_source CHECK (content_source IN ('IMPORT', 'OPS'));
