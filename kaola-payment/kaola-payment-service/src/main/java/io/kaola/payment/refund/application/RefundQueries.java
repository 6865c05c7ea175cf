package io.kaola.payment.refund.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.api.RefundView;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import org.springframework.stereotype.Service;

import java.util.List;

/** Reading refunds: an order's (kaola-order, the buyer's order view) and the ops list. */
@Service
public class RefundQueries {
    private final RefundRepository refunds;

    public RefundQueries(RefundRepository refunds) { this.refunds = refunds; }

    /**
     * @return the order's refunds, oldest first; empty when none
     * @throws KaolaException COMMON_INVALID_REQUEST (no orderNo)
     */
    public List<RefundView> ofOrder(String orderNo) {
        if (orderNo == null || orderNo.isBlank()) throw CommonError.INVALID_REQUEST.exception("orderNo is required");
        return refunds.findByOrderNo(orderNo).stream().map(RefundQueries::view).toList();
    }

    /** @return one page of refunds in {@code status} (null = all), newest first */
    public Page<RefundView> list(RefundStatus status, PageRequest page) {
        return refunds.page(status, page, RefundQueries::view);
    }

    /** @return the refund as the API shows it (the acknowledgement time stays inside) */
    public static RefundView view(Refund r) {
        return new RefundView(r.refundNo(), r.paymentNo(), r.orderNo(), r.buyerId(), r.amount(), r.status(), r.reason(),
                r.idempotencyKey(), r.lines(), r.provider(), r.providerRefundId(), r.failureReason(), r.requestedAt(),
                r.decidedAt());
    }
}
