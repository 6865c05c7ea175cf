package io.kaola.payment.payment.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.payment.PaymentProperties;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.payment.application.AcceptNotification;
import io.kaola.payment.payment.application.CreatePayment;
import io.kaola.payment.payment.application.PaymentQueries;
import io.kaola.payment.payment.domain.PaymentOrder;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

/** {@link PaymentService} over Dubbo: maps records to the use cases and back. */
@DubboService(timeout = 5000, retries = 0, methods = {
        @Method(name = "createPayment", timeout = 5000, retries = 0),
        @Method(name = "acceptNotification", timeout = 5000, retries = 0),
        @Method(name = "getPayment", timeout = 2000, retries = 2)})
public class PaymentServiceProvider implements PaymentService {
    private final CreatePayment createPayment;
    private final AcceptNotification acceptNotification;
    private final PaymentQueries queries;
    private final String cashierBaseUrl;

    public PaymentServiceProvider(CreatePayment createPayment, AcceptNotification acceptNotification,
                                  PaymentQueries queries, PaymentProperties properties) {
        this.createPayment = createPayment;
        this.acceptNotification = acceptNotification;
        this.queries = queries;
        this.cashierBaseUrl = properties.sandbox().publicUrl() + "/sandbox/cashier/";
    }

    @Override
    public PaymentView createPayment(CreatePaymentRequest request) throws KaolaException {
        if (request == null) throw CommonError.INVALID_REQUEST.exception("a request with buyerId and orderNo is required");
        return toView(createPayment.create(request.buyerId(), request.orderNo()));
    }

    @Override
    public NotificationResult acceptNotification(ProviderNotification notification) throws KaolaException {
        if (notification == null) throw PaymentError.MALFORMED_NOTIFICATION.exception("no notification");
        return acceptNotification.accept(notification);
    }

    @Override
    public PaymentView getPayment(long buyerId, String paymentNo) throws KaolaException {
        return toView(queries.getForBuyer(buyerId, paymentNo));
    }

    private PaymentView toView(PaymentOrder p) {
        return new PaymentView(p.paymentNo(), p.orderNo(), p.buyerId(), p.amount(), p.status(), p.provider(),
                cashierBaseUrl + p.paymentNo(), p.createdAt(), p.succeededAt(), p.failureCode());
    }
}
