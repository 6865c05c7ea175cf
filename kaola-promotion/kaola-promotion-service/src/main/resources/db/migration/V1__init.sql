-- Coupon templates: what ops define. issued_count only grows by the guarded UPDATE in a claim or grant
-- (issued_count < total_count), and the CHECK refuses any statement that would overshoot.
CREATE TABLE coupon_template (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    name           VARCHAR(64)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    amount_off_fen BIGINT       NULL,
    percent_off    INT          NOT NULL DEFAULT 0,
    cap_fen        BIGINT       NULL,
    threshold_fen  BIGINT       NULL,
    total_count    INT          NOT NULL,
    issued_count   INT          NOT NULL DEFAULT 0,
    per_user_limit INT          NOT NULL,
    valid_from     DATETIME(3)  NULL,
    valid_to       DATETIME(3)  NULL,
    valid_days     INT          NULL,
    scope_json     TEXT         NOT NULL,
    claimable      BOOLEAN      NOT NULL,
    created_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_template_not_overissued CHECK (issued_count >= 0 AND issued_count <= total_count)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One coupon a user holds. (template_id, user_id, seq) with seq in 1..per_user_limit is the per-user limit
-- as a unique key: a claim takes the next free slot, and two racing claims cannot both take one.
-- order_no is the order holding (LOCKED) or having used (USED) it; unique, so an order holds one coupon.
-- (grant_id, user_id) is unique: a bulk grant issues each of its users one coupon, however often it is redelivered.
CREATE TABLE coupon (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    template_id    BIGINT       NOT NULL,
    user_id        BIGINT       NOT NULL,
    seq            INT          NOT NULL,
    name           VARCHAR(64)  NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    amount_off_fen BIGINT       NULL,
    percent_off    INT          NOT NULL DEFAULT 0,
    cap_fen        BIGINT       NULL,
    threshold_fen  BIGINT       NULL,
    scope_json     TEXT         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    valid_from     DATETIME(3)  NOT NULL,
    valid_to       DATETIME(3)  NOT NULL,
    order_no       VARCHAR(64)  NULL,
    grant_id       VARCHAR(64)  NULL,
    issued_at      DATETIME(3)  NOT NULL,
    updated_at     TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_coupon_slot (template_id, user_id, seq),
    UNIQUE KEY uk_coupon_order (order_no),
    UNIQUE KEY uk_coupon_grant (grant_id, user_id),
    KEY ix_coupon_user (user_id, status),
    KEY ix_coupon_lapse (status, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Activities: full reduction (tiers_json) and discount (percent_off) over a scope, for a window.
CREATE TABLE activity (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    name        VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    percent_off INT         NOT NULL DEFAULT 0,
    tiers_json  TEXT        NOT NULL,
    scope_json  TEXT        NOT NULL,
    starts_at   DATETIME(3) NOT NULL,
    ends_at     DATETIME(3) NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_window (ends_at, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A bulk grant (ops issue a template to a list of users): the request's fingerprint answers a repeat.
CREATE TABLE coupon_grant (
    grant_id    VARCHAR(64) NOT NULL,
    template_id BIGINT      NOT NULL,
    fingerprint CHAR(64)    NOT NULL,
    requested   INT         NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (grant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One user of a grant: PENDING until its message is handled, then ISSUED (coupon_id) or REFUSED (reason).
CREATE TABLE coupon_grant_item (
    grant_id  VARCHAR(64)  NOT NULL,
    user_id   BIGINT       NOT NULL,
    status    VARCHAR(16)  NOT NULL,
    coupon_id BIGINT       NULL,
    reason    VARCHAR(255) NULL,
    sent_at   DATETIME(3)  NULL,
    PRIMARY KEY (grant_id, user_id),
    KEY ix_grant_item_pending (status, sent_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
