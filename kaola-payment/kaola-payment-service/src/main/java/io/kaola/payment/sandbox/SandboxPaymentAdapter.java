package io.kaola.payment.sandbox;

import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.charge.application.PaymentProviderAdapter;
import io.kaola.payment.charge.domain.CertCheckResult;
import io.kaola.payment.charge.domain.HmacSha256;
import io.kaola.payment.charge.domain.OpenedPayment;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.ProviderClose;
import io.kaola.payment.charge.domain.ProviderPayment;
import io.kaola.payment.charge.domain.ProviderPaymentState;
import io.kaola.payment.charge.domain.ProviderRefund;
import io.kaola.payment.charge.domain.ProviderRefundNotice;
import io.kaola.payment.charge.domain.StatementEntry;
import io.kaola.payment.config.SandboxProperties;
import io.kaola.user.api.DeclarationIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Our side of the sandbox provider ({@value #NAME}), only with the {@code sandbox} profile. Opening and closing
 * call {@link SandboxProvider} directly (a real adapter makes a signed API request); a notification is verified
 * by its HMAC-SHA256 signature (header {@value ProviderNotification#SANDBOX_SIGNATURE_HEADER}, hex, over the exact
 * UTF-8 body, key {@code kaola.payment.sandbox.secret}) and read by {@link SandboxNotificationParser}.
 * Refunds call {@link SandboxProvider#refund}; a refund notification is verified the same way and read by
 * {@link SandboxRefundNotification#parse}.
 */
@Component
@Profile("sandbox")
public class SandboxPaymentAdapter implements PaymentProviderAdapter {
    /** The provider's name on payments and in the notify path. */
    public static final String NAME = "sandbox";
    private static final Logger log = LoggerFactory.getLogger(SandboxPaymentAdapter.class);

    private final SandboxProvider sandbox;
    private final SandboxSecret secret;
    private final SandboxNotificationParser parser = new SandboxNotificationParser();
    private final String cashierBaseUrl;

    public SandboxPaymentAdapter(SandboxProvider sandbox, SandboxSecret secret, SandboxProperties properties) {
        this.sandbox = sandbox;
        this.secret = secret;
        this.cashierBaseUrl = properties.publicUrl() + "/sandbox/cashier/";
    }

    @Override
    public String provider() { return NAME; }

    /** @return payUrl {@code {publicUrl}/sandbox/cashier/{paymentNo}}, confirmUrl {@code {payUrl}/confirm?token=…} */
    @Override
    public OpenedPayment open(PaymentOrder payment, DeclarationIdentity buyer) {
        String token = sandbox.open(payment.paymentNo(), payment.orderNo(), payment.amount(), buyer);
        String payUrl = cashierBaseUrl + payment.paymentNo();
        return new OpenedPayment(payUrl, payUrl + "/confirm?token=" + token);   // the token is URL-safe base64
    }

    @Override
    public ProviderClose close(PaymentOrder payment) {
        return sandbox.close(payment.paymentNo(), payment.orderNo(), payment.amount());
    }

    @Override
    public ProviderPaymentState query(PaymentOrder payment) {
        return sandbox.find(payment.paymentNo()).map(t -> switch (t.status()) {
            case OPEN -> new ProviderPaymentState(ProviderPaymentState.Status.OPEN, null);
            case CLOSED -> new ProviderPaymentState(ProviderPaymentState.Status.CLOSED, null);
            case PAID -> new ProviderPaymentState(ProviderPaymentState.Status.PAID, new ProviderPayment(t.paymentNo(),
                    t.providerTxnId(), new Money(t.amountMinor(), t.currency()), t.paidAt().truncatedTo(ChronoUnit.MILLIS),
                    CertCheckResult.valueOf(t.certCheckResult()), t.payerIdMasked()));
        }).orElseGet(() -> new ProviderPaymentState(ProviderPaymentState.Status.UNKNOWN, null));
    }

    /** @throws io.kaola.common.error.KaolaException PAYMENT_BAD_SIGNATURE, PAYMENT_MALFORMED_NOTIFICATION */
    @Override
    public ProviderPayment verifyNotification(ProviderNotification notification) {
        return parser.parse(verified(notification, "notification"));
    }

    /** The sandbox is idempotent on {@code refundNo}; it refuses at once what it cannot refund. */
    @Override
    public ProviderRefund refund(PaymentOrder payment, String refundNo, Money amount) {
        return sandbox.refund(payment.paymentNo(), refundNo, amount);
    }

    /** @throws io.kaola.common.error.KaolaException PAYMENT_BAD_SIGNATURE, PAYMENT_MALFORMED_NOTIFICATION */
    @Override
    public ProviderRefundNotice verifyRefundNotification(ProviderNotification notification) {
        return SandboxRefundNotification.parse(verified(notification, "refund notification"));
    }

    /** The sandbox's own ledgers: PAID transactions by paid_at, SUCCEEDED refunds by refunded_at, in [from, to). */
    @Override
    public List<StatementEntry> statement(Instant from, Instant to) { return sandbox.statement(from, to); }

    /** @return the body, once its HMAC-SHA256 signature is verified */
    private String verified(ProviderNotification notification, String what) {
        String body = notification.body();
        String signature = notification.header(ProviderNotification.SANDBOX_SIGNATURE_HEADER);
        if (body == null || !HmacSha256.verifyHex(secret.key(), body.getBytes(StandardCharsets.UTF_8), signature)) {
            log.warn("sandbox {} refused: signature does not match the body", what);
            throw PaymentError.BAD_SIGNATURE.exception("signature does not match the body");
        }
        return body;
    }
}
