-- kaola-customs: one declaration per order, its facts, its four messages and every receipt (docs/customs.md).
-- Identity numbers are stored only encrypted (AES-256-GCM, *_enc columns); full messages likewise, with a masked
-- copy for the ops view.

CREATE TABLE declaration (
    order_no            VARCHAR(64)   NOT NULL PRIMARY KEY,
    buyer_id            BIGINT        NOT NULL,
    status              VARCHAR(32)   NOT NULL,
    exception_code      VARCHAR(64)   NULL,
    exception_detail    VARCHAR(1000) NULL,
    order_facts         MEDIUMTEXT    NULL COMMENT 'JSON of OrderFacts without the identity number',
    buyer_id_number_enc VARCHAR(255)  NULL,
    payment_facts       TEXT          NULL COMMENT 'JSON of PaymentFacts without the identity number',
    payer_id_number_enc VARCHAR(255)  NULL,
    waybill_facts       TEXT          NULL,
    created_at          TIMESTAMP(3)  NOT NULL,
    updated_at          TIMESTAMP(3)  NOT NULL,
    KEY idx_declaration_status (status, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE declaration_document (
    order_no           VARCHAR(64)  NOT NULL,
    document           VARCHAR(16)  NOT NULL COMMENT 'ORDER, PAYMENT, WAYBILL, INVENTORY',
    guid               VARCHAR(40)  NOT NULL COMMENT 'of the latest message',
    app_type           INT          NOT NULL,
    state              VARCHAR(8)   NOT NULL COMMENT 'BUILT, SENDING or SENT',
    attempts           INT          NOT NULL,
    message_enc        MEDIUMTEXT   NOT NULL COMMENT 'the signed message, encrypted',
    message_masked     MEDIUMTEXT   NOT NULL COMMENT 'the same, identity numbers masked',
    last_return_status INT          NULL,
    last_return_info   VARCHAR(500) NULL,
    last_return_time   TIMESTAMP(3) NULL,
    built_at           TIMESTAMP(3) NOT NULL,
    sent_at            TIMESTAMP(3) NULL,
    PRIMARY KEY (order_no, document),
    KEY idx_document_state (state, built_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE declaration_receipt (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_no      VARCHAR(64)  NOT NULL,
    document      VARCHAR(16)  NOT NULL,
    guid          VARCHAR(40)  NOT NULL,
    return_status INT          NOT NULL,
    return_info   VARCHAR(500) NULL,
    return_time   TIMESTAMP(3) NOT NULL,
    received_at   TIMESTAMP(3) NOT NULL,
    outcome       VARCHAR(16)  NOT NULL COMMENT 'APPLIED, OLDER, STALE_GUID, UNKNOWN_DOCUMENT',
    publishes     BOOLEAN      NOT NULL,
    raw_message   MEDIUMTEXT   NULL,
    UNIQUE KEY uk_receipt (order_no, document, guid, return_status, return_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE consumed_message (
    consumer_group VARCHAR(96)  NOT NULL,
    message_key    VARCHAR(128) NOT NULL,
    consumed_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (consumer_group, message_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
