package io.kaola.payment.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One reconciliation run (docs/payments.md "Reconciliation"): the provider's statement for [from, to) compared with
 * our payments and refunds and with the orders; stored, so the latest survives restarts.
 *
 * @param reportId   unique id of the run
 * @param from       start of the window, inclusive
 * @param to         end of the window, exclusive
 * @param startedAt  when the run started
 * @param finishedAt when it finished
 * @param trigger    DAILY (the schedule) or OPS (asked through the admin API)
 * @param totals     our SUCCEEDED payments and refunds of the window and their difference, CNY fen
 * @param counts     how many findings of each kind (every kind present, 0 when none)
 * @param findings   every finding, payments' first
 * @param repaired   how many findings were REPAIRED
 * @param listed     how many were LISTED for ops
 */
public record ReconciliationReport(String reportId, Instant from, Instant to, Instant startedAt, Instant finishedAt,
                                   ReconciliationTrigger trigger, ReconciliationTotals totals,
                                   Map<FindingKind, Integer> counts, List<ReconciliationFinding> findings, int repaired,
                                   int listed) implements Serializable {
    public ReconciliationReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }
}
