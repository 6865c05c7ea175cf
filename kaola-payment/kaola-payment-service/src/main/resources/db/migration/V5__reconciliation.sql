-- Issue 12 §3 (docs/payments.md "Reconciliation", ADR 0023). One row per reconciliation run: the window compared,
-- our totals after the repairs (minor units), and every finding as a JSON array of ReconciliationFinding
-- ({kind, paymentNo, refundNo, orderNo, ours, atProvider, detail, repair, repairDetail}); the latest is what
-- GET /api/admin/reconciliation shows, also after a restart.
CREATE TABLE reconciliation_report (
    report_id                VARCHAR(40) NOT NULL,
    trigger_kind             VARCHAR(8)  NOT NULL COMMENT 'DAILY or OPS',
    window_from              DATETIME(3) NOT NULL COMMENT 'inclusive',
    window_to                DATETIME(3) NOT NULL COMMENT 'exclusive',
    started_at               DATETIME(3) NOT NULL,
    finished_at              DATETIME(3) NOT NULL,
    payments_succeeded_minor BIGINT      NOT NULL,
    refunds_succeeded_minor  BIGINT      NOT NULL,
    net_minor                BIGINT      NOT NULL,
    currency                 CHAR(3)     NOT NULL,
    repaired                 INT         NOT NULL,
    listed                   INT         NOT NULL,
    findings                 LONGTEXT    NOT NULL COMMENT 'JSON array of findings',
    PRIMARY KEY (report_id),
    KEY ix_reconciliation_report_finished (finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The windows reconciliation reads, ours and the sandbox provider's.
ALTER TABLE payment_order ADD KEY ix_payment_order_created_at (created_at), ADD KEY ix_payment_order_succeeded_at (succeeded_at);
ALTER TABLE refund ADD KEY ix_refund_requested_at (requested_at), ADD KEY ix_refund_decided_at (decided_at);
ALTER TABLE sandbox_transaction ADD KEY ix_sandbox_transaction_paid_at (paid_at);
ALTER TABLE sandbox_refund ADD KEY ix_sandbox_refund_refunded_at (refunded_at);
