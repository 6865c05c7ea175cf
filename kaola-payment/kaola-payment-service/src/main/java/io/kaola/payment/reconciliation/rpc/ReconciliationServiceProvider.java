package io.kaola.payment.reconciliation.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.ReconciliationReport;
import io.kaola.payment.api.ReconciliationService;
import io.kaola.payment.api.ReconciliationTrigger;
import io.kaola.payment.reconciliation.application.RunReconciliation;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

/**
 * {@link ReconciliationService} over Dubbo (for the gateway's ops API). A run reads a day of statements and orders,
 * hence its long timeout; never retried (a retry would be a second run).
 */
@DubboService(timeout = 5000, retries = 0, methods = {
        @Method(name = "run", timeout = 120_000, retries = 0),
        @Method(name = "latest", timeout = 5000, retries = 2)})
public class ReconciliationServiceProvider implements ReconciliationService {
    private final RunReconciliation reconciliation;

    public ReconciliationServiceProvider(RunReconciliation reconciliation) { this.reconciliation = reconciliation; }

    @Override
    public ReconciliationReport run() throws KaolaException { return reconciliation.run(ReconciliationTrigger.OPS); }

    @Override
    public ReconciliationReport latest() throws KaolaException {
        return reconciliation.latest().orElseThrow(() -> PaymentError.REPORT_NOT_FOUND.exception(
                "no reconciliation has finished yet; run one with POST /api/admin/reconciliation/run"));
    }
}
