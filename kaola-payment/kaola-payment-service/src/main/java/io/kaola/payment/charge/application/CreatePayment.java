package io.kaola.payment.charge.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.charge.domain.OpenedPayment;
import io.kaola.payment.charge.domain.PaymentNumbers;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.user.api.DeclarationIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Objects;

/**
 * Opens (or returns) the payment of a buyer's unpaid order at the provider for new payments
 * ({@link PaymentProviders}). Cross-border checks first (docs/cross-border.md §1, §3): the order's annual quota
 * reservation is still live ("checked again at payment"), and the buyer's verified identity is handed to the
 * provider, which checks that the payer is the buyer.
 * <p><b>A cancel racing this.</b> kaola-order's cancel closes the order's payments, moves the order to CLOSED,
 * then closes its payments again ({@link ClosePayments}). This class checks the order, writes the payment, opens it
 * at the provider, then reads the order again and, if it is no longer PENDING_PAYMENT, closes the payment it just
 * opened and refuses. Each side writes first and reads the other's state after: either the cancel's second
 * close sees this payment (it was written before the order became CLOSED) or this second read sees the order
 * CLOSED, so no payment stays open for a CLOSED order. The alternative, refusing atomically in one transaction,
 * is not available: the order lives in kaola-order's database.
 */
@Service
public class CreatePayment {
    private static final Logger log = LoggerFactory.getLogger(CreatePayment.class);

    private final OrderLookup orders;
    private final BuyerChecks buyers;
    private final PaymentRepository payments;
    private final PaymentNumbers paymentNumbers;
    private final PaymentProviders providers;
    private final ClosePayments closePayments;
    private final Clock clock;

    public CreatePayment(OrderLookup orders, BuyerChecks buyers, PaymentRepository payments,
                         PaymentNumbers paymentNumbers, PaymentProviders providers, ClosePayments closePayments,
                         Clock clock) {
        this.orders = orders;
        this.buyers = buyers;
        this.payments = payments;
        this.paymentNumbers = paymentNumbers;
        this.providers = providers;
        this.closePayments = closePayments;
        this.clock = clock;
    }

    /**
     * The payment and what the shopper needs to pay it.
     *
     * @param payment the PENDING payment (with the provider's payUrl)
     * @param opened  the provider's answer: payUrl and the confirmUrl with its one-time token (never log it)
     */
    public record Created(PaymentOrder payment, OpenedPayment opened) {
        @Override public String toString() { return "Created[payment=" + payment.paymentNo() + "]"; }
    }

    /**
     * Idempotent per order: while the order's payment is PENDING every call returns it and re-opens it at the
     * provider (idempotent there too, so a failure between our insert and the provider is healed); each call may
     * issue a fresh confirmation token, which makes the previous one stale. A FAILED or CLOSED payment does not
     * block: the next call for a still unpaid order opens a new payment.
     *
     * @param buyerId the buyer
     * @param orderNo the buyer's order, 1..32 characters
     * @return the PENDING payment for the order total (CNY fen) and the provider's payUrl and confirmUrl
     * @throws KaolaException COMMON_INVALID_REQUEST (no orderNo), ORDER_NOT_FOUND (from kaola-order),
     *         PAYMENT_ORDER_NOT_PAYABLE (order not PENDING_PAYMENT, past its payment deadline payBy, already paid by a
     *         succeeded payment, or cancelled
     *         while this payment was opened: it is closed again); from kaola-user, unchanged:
     *         USER_QUOTA_RESERVATION_NOT_FOUND (the quota reservation was released), CROSSBORDER_BUYER_NOT_VERIFIED;
     *         COMMON_SERVICE_UNAVAILABLE (a neighbour or the provider unreachable). Nothing is written when refused
     *         before the payment is opened.
     */
    public Created create(long buyerId, String orderNo) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > 32) {
            throw CommonError.INVALID_REQUEST.exception("orderNo is required, at most 32 characters");
        }
        OrderView order = orders.getOrder(buyerId, orderNo);
        requirePayable(order);
        buyers.checkQuotaForPayment(buyerId, orderNo);
        DeclarationIdentity buyer = buyers.buyerIdentity(buyerId);

        PaymentOrder payment = payments.findLiveByOrderNo(orderNo).orElseGet(() -> openNew(order));
        if (!payment.isPending()) {
            throw PaymentError.ORDER_NOT_PAYABLE.exception(
                    "order " + orderNo + " is already paid by payment " + payment.paymentNo());
        }
        PaymentProviderAdapter provider = providers.find(payment.provider()).orElseThrow(() ->
                CommonError.SERVICE_UNAVAILABLE.exception("payment " + payment.paymentNo() + " is at provider "
                        + payment.provider() + ", which this instance is not configured for"));
        OpenedPayment opened = provider.open(payment, buyer);
        if (!Objects.equals(opened.payUrl(), payment.payUrl())) payments.savePayUrl(payment.paymentNo(), opened.payUrl());

        OrderView now = orders.getOrder(buyerId, orderNo);   // the fence against a racing cancel (class comment)
        if (now.status() != OrderStatus.PENDING_PAYMENT) {
            log.info("order {} became {} while payment {} was opened: closing the payment", orderNo, now.status(),
                    payment.paymentNo());
            closePayments.closeAfterCancel(payment);
            requirePayable(now);
        }
        return new Created(payment.withPayUrl(opened.payUrl()), opened);
    }

    /** Unpaid and before its payment deadline (the unpaid timeout, docs/payments.md "Unpaid timeout"). */
    private void requirePayable(OrderView order) {
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
            throw PaymentError.ORDER_NOT_PAYABLE.exception("order " + order.orderNo() + " is " + order.status()
                    + "; only a PENDING_PAYMENT order can be paid");
        }
        if (order.payBy() != null && !clock.instant().isBefore(order.payBy())) {
            throw PaymentError.ORDER_NOT_PAYABLE.exception("order " + order.orderNo() + " had to be paid by "
                    + order.payBy() + "; it is being closed as unpaid, place a new order");
        }
    }

    private PaymentOrder openNew(OrderView order) {
        PaymentOrder payment = PaymentOrder.open(paymentNumbers.next(), order.orderNo(), order.buyerId(),
                order.price().total(), providers.forNewPayments().provider(), clock.instant());
        if (payments.insert(payment)) return payment;
        // a concurrent call opened it first (unique live order_no): return that one
        return payments.findLiveByOrderNo(order.orderNo()).orElseThrow(() -> new IllegalStateException(
                "payment " + payment.paymentNo() + " not stored, yet order " + order.orderNo() + " has no live payment"));
    }
}
