-- kaola_product: the catalogue imported from commercetools-shaped drafts.
-- Localized fields are JSON objects, locale tag to text, every locale kept.
-- content_hash (SHA-256 hex of the stored fields) tells an unchanged re-import from an update.

CREATE TABLE category (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  category_key     VARCHAR(128) NOT NULL,
  parent_key       VARCHAR(128) NULL,
  name_json        JSON         NOT NULL,
  slug_json        JSON         NOT NULL,
  description_json JSON         NOT NULL,
  order_hint       VARCHAR(64)  NULL,
  content_hash     CHAR(64)     NOT NULL,
  updated_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_category_key (category_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE spu (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  spu_key          VARCHAR(256) NOT NULL,
  name_json        JSON         NOT NULL,
  description_json JSON         NOT NULL,
  slug_json        JSON         NOT NULL,
  product_type     VARCHAR(256) NOT NULL,
  tax_category_key VARCHAR(256) NULL,
  published        BOOLEAN      NOT NULL,
  content_hash     CHAR(64)     NOT NULL,
  created_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  updated_at       TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_spu_key (spu_key),
  KEY idx_spu_published_key (published, spu_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE spu_category (
  spu_id       BIGINT       NOT NULL,
  category_key VARCHAR(128) NOT NULL,
  PRIMARY KEY (spu_id, category_key),
  KEY idx_spu_category_key (category_key, spu_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- position: 0 for the master variant, then 1, 2... in the order of the draft's variants.
-- supplier price: minor units of supplier_currency; both NULL when the catalogue has no usable price (not on sale).
CREATE TABLE sku (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  sku_code             VARCHAR(128) NOT NULL,
  spu_id               BIGINT       NOT NULL,
  variant_key          VARCHAR(256) NULL,
  position             INT          NOT NULL,
  attributes_json      JSON         NOT NULL,
  images_json          JSON         NOT NULL,
  supplier_price_minor BIGINT       NULL,
  supplier_currency    CHAR(3)      NULL,
  weight_grams         INT          NOT NULL,
  content_hash         CHAR(64)     NOT NULL,
  updated_at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  UNIQUE KEY uk_sku_code (sku_code),
  KEY idx_sku_spu (spu_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
