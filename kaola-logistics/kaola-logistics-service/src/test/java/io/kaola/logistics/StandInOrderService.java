package io.kaola.logistics;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kaola-order stood in for by a Dubbo provider in the test context: orders are whatever the test puts with
 * {@link #put}. Found by @EnableDubbo's scan of io.kaola.logistics on the test classpath.
 */
@DubboService
public class StandInOrderService implements OrderService {
    static final ShippingAddress ADDRESS = new ShippingAddress("张三", "13800000000", "浙江省", "杭州市", "滨江区",
            "网商路 599 号");
    private static final Map<String, OrderView> ORDERS = new ConcurrentHashMap<>();

    /**
     * A paid order with these lines (sku code → quantity), shipping {@code shippingFen}.
     */
    static void put(String orderNo, long buyerId, Map<String, Integer> lines, long shippingFen) {
        Money zero = Money.zero(Money.CNY);
        List<PriceQuote.LineQuote> quoted = new ArrayList<>();
        lines.forEach((sku, qty) -> quoted.add(new PriceQuote.LineQuote(sku, qty, zero, null, zero, zero, zero, zero,
                zero, zero)));
        Money shipping = Money.cny(shippingFen);
        PriceQuote price = new PriceQuote(quoted, zero, zero, shipping, zero, shipping, List.of());
        ORDERS.put(orderNo, new OrderView(orderNo, buyerId, OrderStatus.PAID, price, ADDRESS, Instant.now(),
                Instant.now()));
    }

    @Override
    public OrderView findByOrderNo(String orderNo) throws KaolaException {
        OrderView order = ORDERS.get(orderNo);
        if (order == null) throw OrderError.NOT_FOUND.exception("no order " + orderNo);
        return order;
    }

    @Override
    public OrderView getOrder(long buyerId, String orderNo) throws KaolaException {
        OrderView order = findByOrderNo(orderNo);
        if (order.buyerId() != buyerId) throw OrderError.NOT_FOUND.exception("no order " + orderNo);
        return order;
    }

    @Override public OrderView placeFlashSaleOrder(io.kaola.order.api.FlashSaleOrderRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }
    @Override
    public OrderView placeOrder(PlaceOrderRequest request) throws KaolaException {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    @Override
    public OrderView cancelOrder(long buyerId, String orderNo) throws KaolaException {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    @Override
    public PriceTrial trialPrice(PriceTrialRequest request) throws KaolaException {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    @Override
    public OrderView confirmReceipt(long buyerId, String orderNo) throws KaolaException {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    @Override
    public Page<OrderSummary> listOrders(long buyerId, PageRequest page) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }
}
