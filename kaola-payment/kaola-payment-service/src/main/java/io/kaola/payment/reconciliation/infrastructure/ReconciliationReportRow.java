package io.kaola.payment.reconciliation.infrastructure;

import java.time.Instant;

/**
 * A row of {@code reconciliation_report}: one run's summary and its findings as JSON.
 *
 * @param findings JSON array of {@link io.kaola.payment.api.ReconciliationFinding}
 */
public record ReconciliationReportRow(String reportId, String triggerKind, Instant windowFrom, Instant windowTo,
                                      Instant startedAt, Instant finishedAt, long paymentsSucceededMinor,
                                      long refundsSucceededMinor, long netMinor, String currency, int repaired,
                                      int listed, String findings) {}
