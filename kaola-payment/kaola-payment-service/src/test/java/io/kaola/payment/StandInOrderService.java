package io.kaola.payment;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kaola-order stood in for by a Dubbo provider in the test context (a component test): orders are whatever
 * the test puts with {@link #put}. Found by @EnableDubbo's scan of io.kaola.payment on the test classpath.
 */
@DubboService
public class StandInOrderService implements OrderService {
    private static final Map<String, OrderView> ORDERS = new ConcurrentHashMap<>();
    private static final Map<String, OrderStatus> AFTER_NEXT_READ = new ConcurrentHashMap<>();
    private static final java.util.Set<String> UNREACHABLE = ConcurrentHashMap.newKeySet();

    /** Makes an order known to the stand-in. */
    public static void put(String orderNo, long buyerId, OrderStatus status, long totalFen) {
        Money total = Money.cny(totalFen);
        Money zero = Money.zero(Money.CNY);
        PriceQuote price = new PriceQuote(List.of(), total, zero, zero, zero, total, List.of());
        ShippingAddress address = new ShippingAddress("张三", "13800000000", "浙江省", "杭州市", "滨江区", "网商路 599 号");
        ORDERS.put(orderNo, new OrderView(orderNo, buyerId, status, price, address, Instant.now(), null));
    }

    /** The order moves to {@code status} right after its next read (e.g. a cancel racing a payment being opened). */
    public static void changeAfterNextRead(String orderNo, OrderStatus status) { AFTER_NEXT_READ.put(orderNo, status); }

    @Override
    public OrderView getOrder(long buyerId, String orderNo) throws KaolaException {
        OrderView order = ORDERS.get(orderNo);
        if (order == null || order.buyerId() != buyerId) throw OrderError.NOT_FOUND.exception("no order " + orderNo);
        OrderStatus next = AFTER_NEXT_READ.remove(orderNo);
        if (next != null) {
            ORDERS.put(orderNo, new OrderView(order.orderNo(), order.buyerId(), next, order.price(), order.address(),
                    order.createdAt(), order.paidAt()));
        }
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
    public Page<OrderSummary> listOrders(long buyerId, PageRequest page) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    @Override
    public OrderView findByOrderNo(String orderNo) throws KaolaException {
        if (UNREACHABLE.contains(orderNo)) throw new IllegalStateException("stand-in: kaola-order does not answer");
        OrderView order = ORDERS.get(orderNo);
        if (order == null) throw OrderError.NOT_FOUND.exception("no order " + orderNo);
        return order;
    }

    /** Lookups of this order by number fail (kaola-order unreachable, as reconciliation sees it). */
    public static void unreachable(String orderNo) { UNREACHABLE.add(orderNo); }

    @Override
    public OrderView confirmReceipt(long buyerId, String orderNo) throws KaolaException {
        throw new UnsupportedOperationException("not part of the stand-in");
    }
}
