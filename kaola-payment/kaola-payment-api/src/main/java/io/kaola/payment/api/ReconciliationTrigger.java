package io.kaola.payment.api;

/** Why a reconciliation ran. */
public enum ReconciliationTrigger {
    /** The daily schedule (kaola.payment.reconciliation.cron). */
    DAILY,
    /** Ops asked (POST /api/admin/reconciliation/run). */
    OPS
}
