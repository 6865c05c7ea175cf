package io.kaola.payment;

import io.kaola.payment.api.PaymentService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Component;

/** The tests' way in: PaymentService over a real Dubbo connection (records cross the wire, as from the gateway). */
@Component
public class RemotePayments {
    @DubboReference(check = false, scope = "remote", timeout = 10_000)
    private PaymentService payments;

    public PaymentService service() { return payments; }
}
