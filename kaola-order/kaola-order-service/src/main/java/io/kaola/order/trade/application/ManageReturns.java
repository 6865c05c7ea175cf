package io.kaola.order.trade.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.state.Step;
import io.kaola.customs.api.ReturnLine;
import io.kaola.inventory.api.RestockLine;
import io.kaola.logistics.api.ReturnShipmentView;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.ReturnRequest;
import io.kaola.order.api.ReturnStatus;
import io.kaola.order.api.ReturnView;
import io.kaola.order.config.OrderProperties;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderRepository;
import io.kaola.order.trade.domain.OrderReturn;
import io.kaola.order.trade.domain.ReturnRepository;
import io.kaola.order.trade.domain.ReturnRules;
import io.kaola.order.trade.domain.ReturnTransition;
import io.kaola.payment.api.RefundLine;
import io.kaola.payment.api.RefundRequest;
import io.kaola.payment.api.RefundSucceeded;
import io.kaola.payment.api.RefundView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Returns after delivery (issue 12 §2; docs/after-sales.md#returns), every step idempotent:
 * <ol>
 *   <li>{@link #request}: the shopper asks ({@link ReturnRules#checkRequest}); REQUESTED.</li>
 *   <li>{@link #approve} (ops): APPROVED, then the CEB625 to customs and the pickup booked with the carrier; approving
 *       again retries both. {@link #refuse} (ops): REFUSED with the reason.</li>
 *   <li>{@link #onParcelReturned}: the parcel is back in the bonded warehouse: RECEIVED.
 *       {@link #onCustomsAnswer}: customs accepted or refused the CEB625 (recorded on the return).</li>
 *   <li>When both are there ({@link #settle}): the refund is computed once and stored ({@link ReturnRules#refund},
 *       tax and quota only within the windows), the units are restocked (key = the return id), the quota is given back
 *       by the units' dutiable value within the windows, and the refund is asked (key {@code return:<returnId>}, with
 *       the lines); REFUNDING.</li>
 *   <li>{@link #onRefundSucceeded}: REFUNDED.</li>
 * </ol>
 * A failure in a step makes the message that triggered it redeliver (or ops approve again); each call repeats only
 * what is idempotent.
 */
@Service
public class ManageReturns {
    private static final String RETURN_KEY = "return:";
    private static final Logger log = LoggerFactory.getLogger(ManageReturns.class);

    private final OrderRepository orders;
    private final ReturnRepository returns;
    private final CustomsClient customs;
    private final LogisticsClient logistics;
    private final InventoryClient inventory;
    private final QuotaClient quotas;
    private final PaymentClient payments;
    private final OrderProperties properties;
    private final Clock clock;

    public ManageReturns(OrderRepository orders, ReturnRepository returns, CustomsClient customs,
                         LogisticsClient logistics, InventoryClient inventory, QuotaClient quotas,
                         PaymentClient payments, OrderProperties properties, Clock clock) {
        this.orders = orders;
        this.returns = returns;
        this.customs = customs;
        this.logistics = logistics;
        this.inventory = inventory;
        this.quotas = quotas;
        this.payments = payments;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return the idempotency key of the refund of a return */
    public static String refundKey(String returnId) { return RETURN_KEY + returnId; }

    /**
     * @return the new return, REQUESTED
     * @throws KaolaException ORDER_NOT_FOUND (also another buyer's), ORDER_NOT_RETURNABLE, ORDER_INVALID_RETURN
     */
    public OrderReturn request(long buyerId, String orderNo, ReturnRequest request) {
        Order order = orders.find(buyerId, orderNo)
                .orElseThrow(() -> OrderError.NOT_FOUND.exception("no order " + orderNo + " for this buyer"));
        if (request == null) throw OrderError.INVALID_RETURN.exception("a request with lines and a reason is required");
        for (int attempt = 0; attempt < 3; attempt++) {
            List<OrderReturn> existing = returns.findByOrder(buyerId, orderNo);
            Map<String, Integer> inReturns = new HashMap<>();
            existing.stream().filter(r -> r.status() != ReturnStatus.REFUSED)
                    .forEach(r -> r.lines().forEach(l -> inReturns.merge(l.skuCode(), l.quantity(), Integer::sum)));
            Instant now = now();
            ReturnRules.checkRequest(order, request.lines(), request.reason(), inReturns, now, properties.returnPeriod());
            int sequence = existing.size() + 1;
            OrderReturn asked = OrderReturn.request(OrderReturn.idOf(orderNo, sequence), order, request.lines(),
                    request.reason().strip(), now);
            if (returns.insert(asked, sequence)) {
                log.info("return {} of order {} requested: {}", asked.returnId(), orderNo, asked.lines());
                return asked;
            }
            // another return of the order was written meanwhile: check the units again
        }
        throw CommonError.SERVICE_UNAVAILABLE.exception("order " + orderNo + " is being returned concurrently; try again");
    }

    /** @return the buyer's returns of the order, oldest first; ORDER_NOT_FOUND for another buyer's */
    public List<OrderReturn> returnsOf(long buyerId, String orderNo) {
        if (orders.find(buyerId, orderNo).isEmpty()) {
            throw OrderError.NOT_FOUND.exception("no order " + orderNo + " for this buyer");
        }
        return returns.findByOrder(buyerId, orderNo);
    }

    /** @return the order's returns for its view (no buyer check: the caller has read the order) */
    public List<ReturnView> viewsOf(Order order) {
        if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.COMPLETED) return List.of();
        return returns.findByOrder(order.buyerId(), order.orderNo()).stream().map(OrderReturn::view).toList();
    }

    /**
     * Ops approve; see {@link io.kaola.order.api.ReturnService#approveReturn}.
     *
     * @throws KaolaException ORDER_RETURN_NOT_FOUND, ORDER_ILLEGAL_TRANSITION, COMMON_SERVICE_UNAVAILABLE (approve again)
     */
    public OrderReturn approve(String returnId, String actor) {
        OrderReturn r = move(returnId, ReturnTransition.APPROVE, x -> x.decided(now(), actor, null));
        if (r.status() != ReturnStatus.APPROVED) return r;   // received or further: nothing to redo
        Order order = orders.findByOrderNo(r.orderNo()).orElseThrow();
        customs.declareReturn(r.orderNo(), returnId,
                r.lines().stream().map(l -> new ReturnLine(l.skuCode(), l.quantity())).toList(), r.reason());
        if (r.logisticsNo() == null) {
            ReturnShipmentView parcel = logistics.bookReturn(returnId, r.orderNo());
            r = update(returnId, x -> x.logisticsNo() != null ? x : x.booked(parcel.logisticsNo()));
        }
        log.info("return {} of order {} (buyer {}) approved by {}: declared to customs, pickup {}", returnId,
                order.orderNo(), order.buyerId(), actor, r.logisticsNo());
        return r;
    }

    /**
     * Ops refuse with a reason.
     *
     * @throws KaolaException ORDER_RETURN_NOT_FOUND, ORDER_INVALID_RETURN (no reason), ORDER_ILLEGAL_TRANSITION
     */
    public OrderReturn refuse(String returnId, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > ReturnRules.MAX_REASON) {
            throw OrderError.INVALID_RETURN.exception("a refusal needs a reason of 1.." + ReturnRules.MAX_REASON
                    + " characters, shown to the shopper");
        }
        OrderReturn r = move(returnId, ReturnTransition.REFUSE, x -> x.decided(now(), actor, reason.strip()));
        log.info("return {} refused by {}: {}", returnId, actor, r.refusalReason());
        return r;
    }

    /** @return returns in that status (null: all), newest first (ops) */
    public Page<ReturnView> list(ReturnStatus status, PageRequest page) { return returns.list(status, page); }

    /**
     * The return parcel is back in the bonded warehouse (parcel-status-changed RETURNED with the return id).
     *
     * @throws KaolaException ORDER_RETURN_NOT_FOUND; ORDER_ILLEGAL_TRANSITION (not approved: retried);
     *         COMMON_SERVICE_UNAVAILABLE from {@link #settle} (retried)
     */
    public OrderReturn onParcelReturned(String returnId, String logisticsNo, Instant at) {
        Instant when = (at != null ? at : now()).truncatedTo(ChronoUnit.MILLIS);
        OrderReturn r = move(returnId, ReturnTransition.RECEIVE, x -> x.received(when, logisticsNo));
        return settle(r);
    }

    /**
     * Customs answered the return declaration (customs-status-changed RETURN_ACCEPTED / RETURN_REFUSED). The first
     * answer stays.
     *
     * @throws KaolaException ORDER_RETURN_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE from {@link #settle} (retried)
     */
    public OrderReturn onCustomsAnswer(String returnId, OrderReturn.CustomsAnswer answer) {
        OrderReturn r = update(returnId, x -> x.answered(answer));
        return settle(r);
    }

    /**
     * Step 4 of the class comment, when the parcel is back and customs answered; otherwise the return is left as is.
     *
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when a neighbour could not be asked (retried)
     */
    OrderReturn settle(OrderReturn received) {
        OrderReturn r = received;
        if (r.status() != ReturnStatus.RECEIVED || r.customs() == null) return r;
        Order order = orders.findByOrderNo(r.orderNo()).orElseThrow();
        if (r.refund() == null) {   // computed once, so that a retry asks for the same amount
            boolean inWindows = ReturnRules.withinWindows(order.enteredAt().get(OrderStatus.CLEARED), r.decidedAt(),
                    r.receivedAt(), r.customs() == OrderReturn.CustomsAnswer.ACCEPTED);
            Map<String, Integer> before = new HashMap<>();
            String self = r.returnId();
            returns.findByOrder(order.buyerId(), order.orderNo()).stream()
                    .filter(o -> !o.returnId().equals(self) && o.refund() != null)
                    .forEach(o -> o.lines().forEach(l -> before.merge(l.skuCode(), l.quantity(), Integer::sum)));
            ReturnView.RefundBreakdown breakdown = ReturnRules.refund(order.price(), r.lines(), before, inWindows);
            r = update(r.returnId(), x -> x.refund() != null ? x : x.refunding(breakdown, inWindows, null));
        }
        String returnId = r.returnId();
        inventory.restock(r.orderNo(), returnId,
                r.lines().stream().map(l -> new RestockLine(l.skuCode(), l.quantity())).toList());
        if (Boolean.TRUE.equals(r.withinWindows()) && r.refund().quotaRestored().minor() > 0 && order.buyer() != null) {
            quotas.restore(r.orderNo(), returnId, r.refund().quotaRestored());
        }
        RefundView refund = payments.requestRefund(new RefundRequest(r.orderNo(), r.refund().total(),
                "returned " + describe(r), refundKey(returnId),
                r.lines().stream().map(l -> new RefundLine(l.skuCode(), l.quantity())).toList()));
        OrderReturn refunding = move(returnId, ReturnTransition.ASK_REFUND,
                x -> x.refunding(x.refund(), Boolean.TRUE.equals(x.withinWindows()), refund.refundNo()));
        log.info("return {} of order {}: {} refunded as {} (windows {}), quota back {}", returnId, r.orderNo(),
                describe(r), refund.refundNo(), r.withinWindows(), r.refund().quotaRestored());
        return refunding;
    }

    /**
     * A refund succeeded: when it is a return's refund, the return is REFUNDED.
     *
     * @return true when it was a return's refund
     * @throws KaolaException ORDER_RETURN_NOT_FOUND; ORDER_ILLEGAL_TRANSITION (never expected)
     */
    public boolean onRefundSucceeded(RefundSucceeded event) {
        String key = event.idempotencyKey();
        if (key == null || !key.startsWith(RETURN_KEY)) return false;
        Instant at = (event.refundedAt() != null ? event.refundedAt() : now()).truncatedTo(ChronoUnit.MILLIS);
        move(key.substring(RETURN_KEY.length()), ReturnTransition.COMPLETE, x -> x.refunded(at));
        return true;
    }

    /** Decides {@code transition}, writes it with {@code change} guarded, deciding again when the return moved. */
    private OrderReturn move(String returnId, ReturnTransition transition, UnaryOperator<OrderReturn> change) {
        for (int attempt = 0; attempt < 5; attempt++) {
            OrderReturn r = find(returnId);
            Step<ReturnStatus> step = r.decide(transition);
            if (step.refused()) throw step.exception();
            if (step.stays()) return r;
            if (returns.save(r, change.apply(r.moved(step)))) return find(returnId);
        }
        throw CommonError.SERVICE_UNAVAILABLE.exception("return " + returnId + " keeps changing; try again");
    }

    /** Writes a change that keeps the status, guarded by the version read. */
    private OrderReturn update(String returnId, UnaryOperator<OrderReturn> change) {
        for (int attempt = 0; attempt < 5; attempt++) {
            OrderReturn r = find(returnId);
            OrderReturn changed = change.apply(r);
            if (changed.equals(r) || returns.save(r, changed)) return find(returnId);
        }
        throw CommonError.SERVICE_UNAVAILABLE.exception("return " + returnId + " keeps changing; try again");
    }

    private OrderReturn find(String returnId) {
        Optional<OrderReturn> found = returns.find(returnId);
        return found.orElseThrow(() -> OrderError.RETURN_NOT_FOUND.exception("no return " + returnId));
    }

    private static String describe(OrderReturn r) {
        StringBuilder s = new StringBuilder();
        for (ReturnRequest.Line l : r.lines()) {
            if (!s.isEmpty()) s.append(", ");
            s.append(l.quantity()).append(" × ").append(l.skuCode());
        }
        return s.toString();
    }

    private Instant now() { return clock.instant().truncatedTo(ChronoUnit.MILLIS); }
}
