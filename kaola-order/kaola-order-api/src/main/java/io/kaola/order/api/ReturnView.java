package io.kaola.order.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A return as the shopper and ops see it.
 *
 * @param returnId        the return's id: the order number, "R" and its sequence on the order (e.g. ...0042R1)
 * @param orderNo         the order
 * @param buyerId         its buyer
 * @param status          where it is
 * @param lines           the units returned
 * @param reason          the shopper's reason
 * @param refusalReason   ops' reason, when REFUSED
 * @param refund          what is refunded for it (goods, shipping share, tax share), known once the parcel is back
 *                        and customs answered; null before
 * @param withinWindows   whether the return met the customs windows (filed within 30 days of release, back within
 *                        45, accepted by customs: tax refunded and quota restored); null until known
 * @param logisticsNo     the return parcel's waybill, once booked
 * @param refundNo        the refund in kaola-payment, once asked
 * @param requestedAt     when the shopper asked
 * @param decidedAt       when ops approved or refused
 * @param receivedAt      when the parcel was back in the bonded warehouse
 * @param refundedAt      when the refund succeeded
 */
public record ReturnView(String returnId, String orderNo, long buyerId, ReturnStatus status,
                         List<ReturnRequest.Line> lines, String reason, String refusalReason, RefundBreakdown refund,
                         Boolean withinWindows, String logisticsNo, String refundNo, Instant requestedAt,
                         Instant decidedAt, Instant receivedAt, Instant refundedAt) implements Serializable {
    public ReturnView {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * What a return refunds, CNY fen.
     *
     * @param goods         the returned units' goods after discounts
     * @param shipping      their share of the order's shipping (as allocated to the line at checkout)
     * @param tax           their tax; 0 outside the customs windows (customs levies it)
     * @param total         goods + shipping + tax: the refund's amount
     * @param quotaRestored the dutiable value given back to the annual quota; 0 outside the windows
     */
    public record RefundBreakdown(Money goods, Money shipping, Money tax, Money total, Money quotaRestored)
            implements Serializable {}
}
