package io.kaola.payment.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

/**
 * Reconciliation of payments and refunds against the provider's statement and against the orders (docs/payments.md
 * "Reconciliation"), for ops through the gateway's admin API. It also runs daily on its own.
 */
@CallableBy("kaola-gateway")
public interface ReconciliationService {

    /**
     * Runs a reconciliation now over the default window (the last {@code kaola.payment.reconciliation.window}, 24 h,
     * up to now), applies the safe repairs and stores the report.
     *
     * @return the report, trigger OPS
     * @throws KaolaException PAYMENT_RECONCILIATION_RUNNING (a run is under way on that instance),
     *         PAYMENT_STATEMENT_NOT_SUPPORTED (the provider gives no statement), COMMON_SERVICE_UNAVAILABLE (the provider
     *         could not be reached for its statement: nothing stored, ask again)
     */
    ReconciliationReport run() throws KaolaException;

    /**
     * @return the report of the last run that finished (daily or ops)
     * @throws KaolaException PAYMENT_REPORT_NOT_FOUND (no run has finished yet)
     */
    ReconciliationReport latest() throws KaolaException;
}
