package io.kaola.payment;

import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.ReconciliationService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Component;

/** The tests' way in: PaymentService over a real Dubbo connection (records cross the wire, as from the gateway). */
@Component
public class RemotePayments {
    @DubboReference(check = false, scope = "remote", timeout = 10_000)
    private PaymentService payments;

    @DubboReference(check = false, scope = "remote", timeout = 10_000)
    private ReconciliationService reconciliation;

    public PaymentService service() { return payments; }

    /** ReconciliationService as this test application (not kaola-gateway) calls it. */
    public ReconciliationService reconciliation() { return reconciliation; }
}
