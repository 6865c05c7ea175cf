package io.kaola.payment.reconciliation.domain;

import io.kaola.payment.api.ReconciliationReport;

import java.util.Optional;

/**
 * Reconciliation reports (the port; kaola_payment's {@code reconciliation_report} table behind it, the findings as
 * JSON), so that the latest survives restarts.
 */
public interface ReconciliationReportRepository {

    /** Stores a finished report (its reportId is new). */
    void save(ReconciliationReport report);

    /** @return the report that finished last, empty when none did */
    Optional<ReconciliationReport> latest();
}
