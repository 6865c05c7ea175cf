package io.kaola.customs;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.BuyerView;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderSummary;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.PriceTrial;
import io.kaola.order.api.PriceTrialRequest;
import io.kaola.order.api.ShippingAddress;
import io.kaola.pricing.api.PriceQuote;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kaola-order stood in for by a Dubbo provider in the test context: paid orders are whatever the test puts with
 * {@link #paid}. Found by @EnableDubbo's scan of io.kaola.customs on the test classpath.
 */
@DubboService
public class StandInOrderService implements OrderService {
    private static final Map<String, OrderView> ORDERS = new ConcurrentHashMap<>();
    static final ShippingAddress ADDRESS = new ShippingAddress("张三", "13800000000", "浙江省", "杭州市", "滨江区", "网商路 599 号");

    /**
     * A paid order of one line: {@code quantity} × {@code unitFen} of {@code skuCode}, freight 20.00, tax 9.1% of the
     * goods (rounded down), paid by payment "PAY-" + orderNo with transaction "TXN-" + orderNo.
     *
     * @return what the buyer paid, CNY fen
     */
    public static long paid(String orderNo, long buyerId, String skuCode, int quantity, long unitFen) {
        long goods = unitFen * quantity;
        long shipping = 2000;
        long tax = goods * 91 / 1000;
        long total = goods + shipping + tax;
        PriceQuote.LineQuote line = new PriceQuote.LineQuote(skuCode, quantity, Money.cny(unitFen), null,
                Money.cny(unitFen), Money.cny(goods), Money.cny(0), Money.cny(shipping), Money.cny(tax), Money.cny(total));
        PriceQuote price = new PriceQuote(List.of(line), Money.cny(goods), Money.cny(0), Money.cny(shipping),
                Money.cny(tax), Money.cny(total), List.of());
        Instant now = Instant.now();
        ORDERS.put(orderNo, new OrderView(orderNo, buyerId, OrderStatus.PAID, price, ADDRESS, now, now,
                new BuyerView(StandInIdentity.nameOf(buyerId), StandInIdentity.maskedNumberOf(buyerId)),
                "PAY-" + orderNo, "TXN-" + orderNo, now.plusSeconds(1800), List.of()));
        return total;
    }

    @Override
    public OrderView findByOrderNo(String orderNo) throws KaolaException {
        OrderView order = ORDERS.get(orderNo);
        if (order == null) throw OrderError.NOT_FOUND.exception("no order " + orderNo);
        return order;
    }

    @Override public OrderView getOrder(long buyerId, String orderNo) { return findByOrderNo(orderNo); }
    @Override public OrderView placeFlashSaleOrder(io.kaola.order.api.FlashSaleOrderRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }
    @Override public OrderView placeOrder(PlaceOrderRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }
    @Override public OrderView cancelOrder(long buyerId, String orderNo) { throw new UnsupportedOperationException("not part of the stand-in"); }
    @Override public PriceTrial trialPrice(PriceTrialRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }
    @Override public OrderView confirmReceipt(long buyerId, String orderNo) { throw new UnsupportedOperationException("not part of the stand-in"); }
    @Override public Page<OrderSummary> listOrders(long buyerId, PageRequest page) { throw new UnsupportedOperationException("not part of the stand-in"); }
}
