-- kaola-customs: return declarations (CEB625 退货申请单, docs/customs.md "Returns (CEB625)"), one per kaola-order
-- return; an order may have several. Their receipts (CEB626) go to declaration_receipt with document RETURN.
CREATE TABLE return_declaration (
    return_id          VARCHAR(64)   NOT NULL PRIMARY KEY COMMENT 'kaola-order''s return id',
    order_no           VARCHAR(64)   NOT NULL,
    status             VARCHAR(16)   NOT NULL COMMENT 'SENT, ACCEPTED, REFUSED',
    lines_json         TEXT          NOT NULL COMMENT 'JSON: the list lines returned (gnum, itemNo, itemName, gcode, qty, unit)',
    reason             VARCHAR(255)  NOT NULL,
    guid               VARCHAR(40)   NOT NULL COMMENT 'of the CEB625 message',
    state              VARCHAR(8)    NOT NULL COMMENT 'the message: BUILT, SENDING or SENT',
    message_enc        MEDIUMTEXT    NOT NULL COMMENT 'the signed CEB625, encrypted',
    message_masked     MEDIUMTEXT    NOT NULL COMMENT 'the same, identity numbers masked',
    return_status      INT           NULL COMMENT 'last applied CEB626 returnStatus',
    return_info        VARCHAR(500)  NULL,
    return_time        TIMESTAMP(3)  NULL,
    created_at         TIMESTAMP(3)  NOT NULL,
    sent_at            TIMESTAMP(3)  NULL,
    decided_at         TIMESTAMP(3)  NULL,
    UNIQUE KEY uk_return_guid (guid),
    KEY idx_return_order (order_no, created_at),
    KEY idx_return_state (state, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
