package io.kaola.order.trade.domain;

import io.kaola.common.money.Money;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.ReturnRequest;
import io.kaola.order.api.ReturnView;
import io.kaola.pricing.api.PriceQuote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a return after delivery, in one place (docs/after-sales.md#returns):
 * <ul>
 *   <li><b>Who may return what</b> ({@link #checkRequest}): a DELIVERED or COMPLETED order, within the platform's
 *       return period after delivery; lines of the order, each SKU once, at most the units not already in another
 *       return that was not refused; a reason.</li>
 *   <li><b>The customs windows</b> ({@link #withinWindows}): a return filed (CEB625) within
 *       {@value #FILE_WITHIN_DAYS} days of the customs release whose goods are back within {@value #BACK_WITHIN_DAYS}
 *       days, and accepted by customs, is levied no tax and the buyer's annual total is adjusted
 *       (海关总署公告2020年第45号, cross-border.md §4.6, fulfilment.md §4). Later returns restore neither.</li>
 *   <li><b>What is refunded</b> ({@link #refund}): for each returned line, its share of the line's goods after
 *       discounts, of the shipping allocated to the line at checkout, and — within the windows — of its tax; the
 *       quota given back is the same share of the line's dutiable value. A share of q units out of Q, after b units
 *       of the line were refunded before, is {@code round(x·(b+q)/Q) − round(x·b/Q)} (HALF_UP, fen): the shares of
 *       all returns of a line add up to the line exactly, never a fen more.</li>
 * </ul>
 */
public final class ReturnRules {
    /** Days after the release within which the return must be filed with customs (CEB625). */
    public static final int FILE_WITHIN_DAYS = 30;
    /** Days after the release within which the goods must be back in the bonded zone. */
    public static final int BACK_WITHIN_DAYS = 45;
    /** Longest reason. */
    public static final int MAX_REASON = 255;

    private ReturnRules() {}

    /**
     * @param order          the order
     * @param lines          the units asked for
     * @param reason         the shopper's reason
     * @param alreadyInReturns units per SKU already in the order's other returns that were not refused
     * @param now            now
     * @param requestWithin  the platform's return period after delivery
     * @throws io.kaola.common.error.KaolaException ORDER_NOT_RETURNABLE (status, period), ORDER_INVALID_RETURN naming
     *         the line or field
     */
    public static void checkRequest(Order order, List<ReturnRequest.Line> lines, String reason,
                                    Map<String, Integer> alreadyInReturns, Instant now, Duration requestWithin) {
        if (order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.COMPLETED) {
            throw OrderError.NOT_RETURNABLE.exception("order " + order.orderNo() + " is " + order.status()
                    + ": only a delivered order can be returned (an order not yet released by customs is cancelled)");
        }
        Instant delivered = order.enteredAt().get(OrderStatus.DELIVERED);
        if (delivered != null && now.isAfter(delivered.plus(requestWithin))) {
            throw OrderError.NOT_RETURNABLE.exception("order " + order.orderNo() + " was delivered more than "
                    + requestWithin.toDays() + " days ago: the return period has ended");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw OrderError.INVALID_RETURN.exception("reason must be 1.." + MAX_REASON + " characters");
        }
        if (lines == null || lines.isEmpty()) {
            throw OrderError.INVALID_RETURN.exception("lines must name at least one SKU of the order and a quantity");
        }
        Map<String, Integer> ordered = new HashMap<>();
        for (PriceQuote.LineQuote l : order.price().lines()) ordered.merge(l.skuCode(), l.quantity(), Integer::sum);
        Set<String> seen = new HashSet<>();
        for (ReturnRequest.Line line : lines) {
            if (line == null || line.skuCode() == null || !ordered.containsKey(line.skuCode())) {
                throw OrderError.INVALID_RETURN.exception("SKU " + (line == null ? null : line.skuCode())
                        + " is not on order " + order.orderNo());
            }
            if (!seen.add(line.skuCode())) {
                throw OrderError.INVALID_RETURN.exception("SKU " + line.skuCode() + " is named twice");
            }
            int left = ordered.get(line.skuCode()) - alreadyInReturns.getOrDefault(line.skuCode(), 0);
            if (line.quantity() < 1 || line.quantity() > left) {
                throw OrderError.INVALID_RETURN.exception("quantity of SKU " + line.skuCode() + " must be 1.." + left
                        + " (units not already being returned), " + line.quantity() + " asked");
            }
        }
    }

    /**
     * @param releasedAt when customs released the order (CLEARED)
     * @param filedAt    when the return was declared to customs (approved)
     * @param backAt     when the goods were back in the bonded warehouse
     * @param accepted   whether customs accepted the return declaration
     * @return true when tax is refunded and the quota restored
     */
    public static boolean withinWindows(Instant releasedAt, Instant filedAt, Instant backAt, boolean accepted) {
        if (!accepted || releasedAt == null || filedAt == null || backAt == null) return false;
        return !filedAt.isAfter(releasedAt.plus(Duration.ofDays(FILE_WITHIN_DAYS)))
                && !backAt.isAfter(releasedAt.plus(Duration.ofDays(BACK_WITHIN_DAYS)));
    }

    /**
     * @param price          the order's price, frozen at placement
     * @param lines          the units of this return
     * @param refundedBefore units per SKU of the order's returns refunded (or being refunded) before this one
     * @param inWindows      {@link #withinWindows}
     * @return goods, shipping and tax shares, their total, and the quota to give back
     */
    public static ReturnView.RefundBreakdown refund(PriceQuote price, List<ReturnRequest.Line> lines,
                                                    Map<String, Integer> refundedBefore, boolean inWindows) {
        String currency = price.total().currency();
        long goods = 0, shipping = 0, tax = 0, quota = 0;
        for (ReturnRequest.Line line : lines) {
            PriceQuote.LineQuote l = lineOf(price, line.skuCode());
            int before = refundedBefore.getOrDefault(line.skuCode(), 0);
            goods += share(l.goods().minor() - l.discount().minor(), l.quantity(), before, line.quantity());
            shipping += share(l.shipping().minor(), l.quantity(), before, line.quantity());
            if (inWindows) {
                tax += share(l.tax().minor(), l.quantity(), before, line.quantity());
                quota += share(l.dutiableValue().minor(), l.quantity(), before, line.quantity());
            }
        }
        return new ReturnView.RefundBreakdown(new Money(goods, currency), new Money(shipping, currency),
                new Money(tax, currency), new Money(goods + shipping + tax, currency), new Money(quota, currency));
    }

    /** @return the share of {@code amount} (fen) for {@code units} of {@code of}, after {@code before} units */
    static long share(long amount, int of, int before, int units) {
        return cumulative(amount, of, before + units) - cumulative(amount, of, before);
    }

    private static long cumulative(long amount, int of, int units) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static PriceQuote.LineQuote lineOf(PriceQuote price, String skuCode) {
        return price.lines().stream().filter(l -> l.skuCode().equals(skuCode)).findFirst()
                .orElseThrow(() -> OrderError.INVALID_RETURN.exception("SKU " + skuCode + " is not on the order"));
    }
}
