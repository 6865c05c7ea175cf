package io.kaola.payment.payment.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.id.IdGenerator;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.payment.domain.PaymentOrder;
import io.kaola.payment.payment.infrastructure.BuyerChecks;
import io.kaola.payment.payment.infrastructure.OrderLookup;
import io.kaola.payment.payment.infrastructure.PaymentRepository;
import io.kaola.payment.payment.infrastructure.ProviderKeys;
import io.kaola.user.api.DeclarationIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Opens (or returns) the payment of a buyer's unpaid order at the sandbox provider. Cross-border checks first
 * (docs/cross-border.md §1, §3): the order's annual quota reservation is still live ("checked again at
 * payment"), and the buyer's verified identity is handed to the provider, which checks that the payer is the buyer.
 */
@Service
public class CreatePayment {
    private final OrderLookup orders;
    private final BuyerChecks buyers;
    private final PaymentRepository payments;
    private final IdGenerator paymentNumbers;
    private final ObjectProvider<ProviderCashier> cashiers;
    private final Clock clock;

    public CreatePayment(OrderLookup orders, BuyerChecks buyers, PaymentRepository payments, IdGenerator paymentNumbers,
                         ObjectProvider<ProviderCashier> cashiers, Clock clock) {
        this.orders = orders;
        this.buyers = buyers;
        this.payments = payments;
        this.paymentNumbers = paymentNumbers;
        this.cashiers = cashiers;
        this.clock = clock;
    }

    /**
     * Idempotent per order: while the order's payment is PENDING every call returns it (and re-opens it at the
     * provider, which is idempotent there too, so a failure between our insert and the provider is healed).
     * A FAILED payment (e.g. paid by someone else) does not block: the next call opens a new payment.
     *
     * @param buyerId the buyer
     * @param orderNo the buyer's order, 1..32 characters
     * @return the PENDING payment for the order total (CNY fen)
     * @throws KaolaException COMMON_INVALID_REQUEST (no orderNo), ORDER_NOT_FOUND (from kaola-order),
     *         PAYMENT_ORDER_NOT_PAYABLE (order not PENDING_PAYMENT, or already paid by a succeeded payment);
     *         from kaola-user, unchanged: USER_QUOTA_RESERVATION_NOT_FOUND (the quota reservation was released),
     *         CROSSBORDER_BUYER_NOT_VERIFIED; COMMON_SERVICE_UNAVAILABLE (a neighbour unreachable). Nothing is
     *         written when refused.
     */
    public PaymentOrder create(long buyerId, String orderNo) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > 32) {
            throw CommonError.INVALID_REQUEST.exception("orderNo is required, at most 32 characters");
        }
        OrderView order = orders.getOrder(buyerId, orderNo);
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw PaymentError.ORDER_NOT_PAYABLE.exception(
                    "order " + orderNo + " is " + order.status() + "; only a PENDING_PAYMENT order can be paid");
        }
        buyers.checkQuotaForPayment(buyerId, orderNo);
        DeclarationIdentity buyer = buyers.buyerIdentity(buyerId);

        PaymentOrder payment = payments.findLiveByOrderNo(orderNo).orElseGet(() -> openNew(order));
        if (!payment.isPending()) {
            throw PaymentError.ORDER_NOT_PAYABLE.exception(
                    "order " + orderNo + " is already paid by payment " + payment.paymentNo());
        }
        cashiers.orderedStream().filter(c -> c.provider().equals(payment.provider()))
                .forEach(c -> c.open(payment.paymentNo(), payment.orderNo(), payment.amount(), buyer));
        return payment;
    }

    private PaymentOrder openNew(OrderView order) {
        PaymentOrder payment = PaymentOrder.open(String.valueOf(paymentNumbers.nextId()), order.orderNo(),
                order.buyerId(), order.price().total(), ProviderKeys.SANDBOX, clock.instant());
        try {
            payments.insert(payment);
            return payment;
        } catch (DuplicateKeyException e) {   // a concurrent call opened it first (unique live order_no): return that one
            return payments.findLiveByOrderNo(order.orderNo()).orElseThrow(() -> e);
        }
    }
}
