package io.kaola.payment.charge.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.ClosePaymentsResult;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.NotificationResult;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.api.RefundDueReason;
import io.kaola.payment.api.RefundDueView;
import io.kaola.payment.charge.application.AcceptNotification;
import io.kaola.payment.charge.application.ClosePayments;
import io.kaola.payment.charge.application.CreatePayment;
import io.kaola.payment.charge.application.PaymentQueries;
import io.kaola.payment.charge.application.RefundsDue;
import io.kaola.payment.charge.domain.PaymentOrder;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

/**
 * {@link PaymentService} over Dubbo: maps records to the use cases and back. closePaymentsOfOrder and
 * recordRefundDue are idempotent, so their callers may retry them.
 */
@DubboService(timeout = 5000, retries = 0, methods = {
        @Method(name = "createPayment", timeout = 5000, retries = 0),
        @Method(name = "acceptNotification", timeout = 5000, retries = 0),
        @Method(name = "getPayment", timeout = 2000, retries = 2),
        @Method(name = "closePaymentsOfOrder", timeout = 5000, retries = 0),
        @Method(name = "recordRefundDue", timeout = 3000, retries = 0),
        @Method(name = "listRefundsDue", timeout = 3000, retries = 2)})
public class PaymentServiceProvider implements PaymentService {
    private final CreatePayment createPayment;
    private final AcceptNotification acceptNotification;
    private final PaymentQueries queries;
    private final ClosePayments closePayments;
    private final RefundsDue refundsDue;

    public PaymentServiceProvider(CreatePayment createPayment, AcceptNotification acceptNotification,
                                  PaymentQueries queries, ClosePayments closePayments, RefundsDue refundsDue) {
        this.createPayment = createPayment;
        this.acceptNotification = acceptNotification;
        this.queries = queries;
        this.closePayments = closePayments;
        this.refundsDue = refundsDue;
    }

    @Override
    public PaymentView createPayment(CreatePaymentRequest request) throws KaolaException {
        if (request == null) throw CommonError.INVALID_REQUEST.exception("a request with buyerId and orderNo is required");
        CreatePayment.Created created = createPayment.create(request.buyerId(), request.orderNo());
        return toView(created.payment(), created.opened().confirmUrl());
    }

    @Override
    public NotificationResult acceptNotification(ProviderNotification notification) throws KaolaException {
        if (notification == null) throw PaymentError.MALFORMED_NOTIFICATION.exception("no notification");
        return acceptNotification.accept(notification);
    }

    @Override
    public PaymentView getPayment(long buyerId, String paymentNo) throws KaolaException {
        return toView(queries.getForBuyer(buyerId, paymentNo), null);
    }

    @Override
    public ClosePaymentsResult closePaymentsOfOrder(String orderNo) throws KaolaException {
        return closePayments.closeAllOf(orderNo);
    }

    @Override
    public RefundDueView recordRefundDue(String paymentNo, RefundDueReason reason) throws KaolaException {
        return refundsDue.record(paymentNo, reason);
    }

    @Override
    public Page<RefundDueView> listRefundsDue(PageRequest page) {
        return refundsDue.list(page == null ? new PageRequest(0, 20) : page);
    }

    private static PaymentView toView(PaymentOrder p, String confirmUrl) {
        return new PaymentView(p.paymentNo(), p.orderNo(), p.buyerId(), p.amount(), p.status(), p.provider(),
                p.payUrl(), confirmUrl, p.createdAt(), p.succeededAt(), p.failureCode());
    }
}
