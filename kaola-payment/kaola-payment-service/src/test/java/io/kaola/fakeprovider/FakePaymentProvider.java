package io.kaola.fakeprovider;

import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.charge.application.PaymentProviderAdapter;
import io.kaola.payment.charge.domain.OpenedPayment;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.ProviderClose;
import io.kaola.payment.charge.domain.ProviderPayment;
import io.kaola.payment.charge.domain.ProviderPaymentState;
import io.kaola.user.api.DeclarationIdentity;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for a real provider's adapter ("acmepay"), outside {@code io.kaola.payment} so that the app's own
 * component scan never finds it: only a test that names this configuration gets it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakePaymentProvider {

    @Bean
    PaymentProviderAdapter acmePay() {
        return new PaymentProviderAdapter() {
            @Override public String provider() { return "acmepay"; }

            @Override public OpenedPayment open(PaymentOrder payment, DeclarationIdentity buyer) {
                return new OpenedPayment("https://pay.acme.example/cashier/" + payment.paymentNo(), null);
            }

            @Override public ProviderClose close(PaymentOrder payment) { return ProviderClose.CLOSED; }

            @Override public ProviderPaymentState query(PaymentOrder payment) {
                return new ProviderPaymentState(ProviderPaymentState.Status.OPEN, null);
            }

            @Override public ProviderPayment verifyNotification(ProviderNotification notification) {
                throw PaymentError.BAD_SIGNATURE.exception("acmepay stand-in verifies nothing");
            }
        };
    }
}
