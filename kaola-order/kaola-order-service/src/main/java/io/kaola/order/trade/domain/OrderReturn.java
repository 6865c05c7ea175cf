package io.kaola.order.trade.domain;

import io.kaola.common.state.Step;
import io.kaola.order.api.ReturnRequest;
import io.kaola.order.api.ReturnStatus;
import io.kaola.order.api.ReturnView;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A return of some units of a delivered order (docs/after-sales.md#returns). Stored next to its order (same shard).
 *
 * @param returnId       {@code <orderNo>R<sequence>}, so it routes to the order's shard
 * @param orderNo        the order
 * @param buyerId        its buyer (shard key)
 * @param status         where it is; changes only through {@link ReturnTransition}
 * @param lines          the units returned
 * @param reason         the shopper's reason
 * @param refusalReason  ops' reason when REFUSED, else null
 * @param customs        customs' answer to the CEB625, null until it came
 * @param refund         what is refunded, computed when the refund is asked; null before
 * @param withinWindows  whether the customs windows were met (tax refunded, quota restored); null until computed
 * @param logisticsNo    the return parcel's waybill, once booked
 * @param refundNo       the refund in kaola-payment, once asked
 * @param requestedAt    when the shopper asked
 * @param decidedAt      when ops approved or refused
 * @param decidedBy      who (ops)
 * @param receivedAt     when the parcel was back in the bonded warehouse
 * @param refundedAt     when the refund succeeded
 * @param version        bumped by every write
 */
public record OrderReturn(String returnId, String orderNo, long buyerId, ReturnStatus status,
                          List<ReturnRequest.Line> lines, String reason, String refusalReason, CustomsAnswer customs,
                          ReturnView.RefundBreakdown refund, Boolean withinWindows, String logisticsNo,
                          String refundNo, Instant requestedAt, Instant decidedAt, String decidedBy,
                          Instant receivedAt, Instant refundedAt, int version) {

    /** Customs' answer to a return declaration (CEB625). */
    public enum CustomsAnswer {
        /** Customs accepted the return into the bonded zone: within the windows, no tax and quota restored. */
        ACCEPTED,
        /** Customs refused it: the units are still refunded, without their tax and without quota. */
        REFUSED
    }

    public OrderReturn {
        Objects.requireNonNull(returnId, "returnId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }

    /** @return the return id of the {@code sequence}-th return (1, 2, …) of the order */
    public static String idOf(String orderNo, int sequence) { return orderNo + "R" + sequence; }

    /** @return the order number inside a return id, or null when it is not one */
    public static String orderNoOf(String returnId) {
        if (returnId == null) return null;
        int r = returnId.lastIndexOf('R');
        return r <= 0 ? null : returnId.substring(0, r);
    }

    /** @return a new return, REQUESTED */
    public static OrderReturn request(String returnId, Order order, List<ReturnRequest.Line> lines, String reason,
                                      Instant now) {
        return new OrderReturn(returnId, order.orderNo(), order.buyerId(), ReturnStatus.REQUESTED, lines, reason,
                null, null, null, null, null, null, now, null, null, null, null, 0);
    }

    /** @return the step {@link ReturnTransition#LIFECYCLE} decides for this return */
    public Step<ReturnStatus> decide(ReturnTransition transition) {
        return ReturnTransition.LIFECYCLE.decide(status, transition);
    }

    /** @return this return in the step's target status (the caller writes it guarded by this status) */
    public OrderReturn moved(Step<ReturnStatus> step) {
        return new OrderReturn(returnId, orderNo, buyerId, step.to(), lines, reason, refusalReason, customs, refund,
                withinWindows, logisticsNo, refundNo, requestedAt, decidedAt, decidedBy, receivedAt, refundedAt,
                version + 1);
    }

    /** @return a copy with ops' decision recorded */
    public OrderReturn decided(Instant at, String by, String refusal) {
        return new OrderReturn(returnId, orderNo, buyerId, status, lines, reason, refusal, customs, refund,
                withinWindows, logisticsNo, refundNo, requestedAt, at, by, receivedAt, refundedAt, version);
    }

    /** @return a copy with the parcel's arrival recorded */
    public OrderReturn received(Instant at, String parcel) {
        return new OrderReturn(returnId, orderNo, buyerId, status, lines, reason, refusalReason, customs, refund,
                withinWindows, parcel != null ? parcel : logisticsNo, refundNo, requestedAt, decidedAt, decidedBy, at,
                refundedAt, version);
    }

    /** @return a copy with the return parcel's waybill */
    public OrderReturn booked(String parcel) {
        return new OrderReturn(returnId, orderNo, buyerId, status, lines, reason, refusalReason, customs, refund,
                withinWindows, parcel, refundNo, requestedAt, decidedAt, decidedBy, receivedAt, refundedAt, version);
    }

    /** @return a copy with customs' answer to the CEB625; the first answer stays */
    public OrderReturn answered(CustomsAnswer answer) {
        if (customs != null) return this;
        return new OrderReturn(returnId, orderNo, buyerId, status, lines, reason, refusalReason, answer, refund,
                withinWindows, logisticsNo, refundNo, requestedAt, decidedAt, decidedBy, receivedAt, refundedAt,
                version);
    }

    /** @return a copy with the refund computed and asked for */
    public OrderReturn refunding(ReturnView.RefundBreakdown breakdown, boolean inWindows, String refund) {
        return new OrderReturn(returnId, orderNo, buyerId, status, lines, reason, refusalReason, customs, breakdown,
                inWindows, logisticsNo, refund, requestedAt, decidedAt, decidedBy, receivedAt, refundedAt, version);
    }

    /** @return a copy with the refund's success time */
    public OrderReturn refunded(Instant at) {
        return new OrderReturn(returnId, orderNo, buyerId, status, lines, reason, refusalReason, customs, refund,
                withinWindows, logisticsNo, refundNo, requestedAt, decidedAt, decidedBy, receivedAt, at, version);
    }

    /** @return the view shoppers and ops see */
    public ReturnView view() {
        return new ReturnView(returnId, orderNo, buyerId, status, lines, reason, refusalReason, refund, withinWindows,
                logisticsNo, refundNo, requestedAt, decidedAt, receivedAt, refundedAt);
    }
}
