package io.kaola.payment.rpc;

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
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.api.RefundView;
import io.kaola.payment.charge.application.AcceptNotification;
import io.kaola.payment.charge.application.ClosePayments;
import io.kaola.payment.charge.application.CreatePayment;
import io.kaola.payment.charge.application.PaymentQueries;
import io.kaola.payment.charge.application.RefundsDue;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.refund.application.AcceptRefundNotification;
import io.kaola.payment.refund.application.RefundQueries;
import io.kaola.payment.refund.application.RequestRefund;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.List;

/**
 * {@link PaymentService} over Dubbo: maps records to the use cases of both features (charge: payments; refund:
 * refunds) and back, which is why it sits beside them rather than in either. closePaymentsOfOrder, recordRefundDue
 * and requestRefund are idempotent (requestRefund on its key), so their callers may retry them.
 */
@DubboService(timeout = 5000, retries = 0, methods = {
        @Method(name = "createPayment", timeout = 5000, retries = 0),
        @Method(name = "acceptNotification", timeout = 5000, retries = 0),
        @Method(name = "getPayment", timeout = 2000, retries = 2),
        @Method(name = "closePaymentsOfOrder", timeout = 5000, retries = 0),
        @Method(name = "recordRefundDue", timeout = 3000, retries = 0),
        @Method(name = "listRefundsDue", timeout = 3000, retries = 2),
        @Method(name = "requestRefund", timeout = 5000, retries = 0),
        @Method(name = "refundsOfOrder", timeout = 2000, retries = 2),
        @Method(name = "listRefunds", timeout = 3000, retries = 2),
        @Method(name = "acceptRefundNotification", timeout = 5000, retries = 0)})
public class PaymentServiceProvider implements PaymentService {
    private final CreatePayment createPayment;
    private final AcceptNotification acceptNotification;
    private final PaymentQueries queries;
    private final ClosePayments closePayments;
    private final RefundsDue refundsDue;
    private final RequestRefund requestRefund;
    private final RefundQueries refundQueries;
    private final AcceptRefundNotification acceptRefundNotification;

    public PaymentServiceProvider(CreatePayment createPayment, AcceptNotification acceptNotification,
                                  PaymentQueries queries, ClosePayments closePayments, RefundsDue refundsDue,
                                  RequestRefund requestRefund, RefundQueries refundQueries,
                                  AcceptRefundNotification acceptRefundNotification) {
        this.createPayment = createPayment;
        this.acceptNotification = acceptNotification;
        this.queries = queries;
        this.closePayments = closePayments;
        this.refundsDue = refundsDue;
        this.requestRefund = requestRefund;
        this.refundQueries = refundQueries;
        this.acceptRefundNotification = acceptRefundNotification;
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

    @Override
    public RefundView requestRefund(RefundRequest request) throws KaolaException {
        return RefundQueries.view(requestRefund.forOrder(request));
    }

    @Override
    public List<RefundView> refundsOfOrder(String orderNo) throws KaolaException {
        return new java.util.ArrayList<>(refundQueries.ofOrder(orderNo));   // a plain list: it crosses the wire
    }

    @Override
    public Page<RefundView> listRefunds(RefundStatus status, PageRequest page) {
        return refundQueries.list(status, page == null ? new PageRequest(0, 20) : page);
    }

    @Override
    public NotificationResult acceptRefundNotification(ProviderNotification notification) throws KaolaException {
        if (notification == null) throw PaymentError.MALFORMED_NOTIFICATION.exception("no notification");
        return acceptRefundNotification.accept(notification);
    }

    private static PaymentView toView(PaymentOrder p, String confirmUrl) {
        return new PaymentView(p.paymentNo(), p.orderNo(), p.buyerId(), p.amount(), p.status(), p.provider(),
                p.payUrl(), confirmUrl, p.createdAt(), p.succeededAt(), p.failureCode());
    }
}
