package io.kaola.order.trade.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.BuyerView;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.FlashSaleOrderRequest;
import io.kaola.order.api.OrderSummary;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.PriceTrial;
import io.kaola.order.api.PriceTrialRequest;
import io.kaola.order.trade.application.CancelOrder;
import io.kaola.order.trade.application.ManageReturns;
import io.kaola.order.config.OrderProperties;
import io.kaola.order.trade.application.OrderJourney;
import io.kaola.order.trade.application.OrderQueries;
import io.kaola.order.trade.application.PlaceOrder;
import io.kaola.order.trade.application.TrialPrice;
import io.kaola.order.trade.domain.Order;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

/** {@link OrderService} over Dubbo: maps records to the use cases and back. */
@DubboService(timeout = 3000, methods = {
        @Method(name = "placeOrder", timeout = 10000, retries = 0),
        @Method(name = "placeFlashSaleOrder", timeout = 10000, retries = 0),
        @Method(name = "cancelOrder", timeout = 10000, retries = 0),
        @Method(name = "confirmReceipt", timeout = 5000, retries = 0),
        @Method(name = "trialPrice", timeout = 8000, retries = 0)})
public class OrderServiceProvider implements OrderService {
    private final PlaceOrder placeOrder;
    private final CancelOrder cancelOrder;
    private final TrialPrice trialPrice;
    private final OrderQueries queries;
    private final OrderJourney journey;
    private final OrderProperties properties;
    private final ManageReturns returns;

    public OrderServiceProvider(PlaceOrder placeOrder, CancelOrder cancelOrder, TrialPrice trialPrice, OrderQueries queries,
                                OrderJourney journey, OrderProperties properties, ManageReturns returns) {
        this.returns = returns;
        this.placeOrder = placeOrder;
        this.cancelOrder = cancelOrder;
        this.trialPrice = trialPrice;
        this.queries = queries;
        this.journey = journey;
        this.properties = properties;
    }

    @Override
    public OrderView placeOrder(PlaceOrderRequest request) throws KaolaException {
        return toView(placeOrder.place(request));
    }

    @Override
    public OrderView placeFlashSaleOrder(FlashSaleOrderRequest request) throws KaolaException {
        return toView(placeOrder.placeFlashSale(request));
    }

    @Override
    public OrderView cancelOrder(long buyerId, String orderNo) throws KaolaException {
        return toView(cancelOrder.cancel(buyerId, orderNo));
    }

    @Override
    public PriceTrial trialPrice(PriceTrialRequest request) throws KaolaException {
        return trialPrice.trial(request);
    }

    @Override
    public OrderView getOrder(long buyerId, String orderNo) throws KaolaException {
        Order order = queries.get(buyerId, orderNo);
        return toView(order).withAfterSales(queries.refundsOf(order), returns.viewsOf(order));
    }

    @Override
    public Page<OrderSummary> listOrders(long buyerId, PageRequest page) {
        return queries.list(buyerId, page);
    }

    @Override
    public OrderView findByOrderNo(String orderNo) throws KaolaException {
        return toView(queries.findByOrderNo(orderNo));   // a service-plane lookup (customs, logistics, payment): no refunds
    }

    @Override
    public OrderView confirmReceipt(long buyerId, String orderNo) throws KaolaException {
        return toView(journey.confirmReceipt(buyerId, orderNo));
    }

    /** The identity key stays inside kaola-order: views show the name and the masked number only. */
    OrderView toView(Order order) {
        BuyerView buyer = order.buyer() == null ? null
                : new BuyerView(order.buyer().name(), order.buyer().maskedIdNumber());
        return new OrderView(order.orderNo(), order.buyerId(), order.status(), order.price(), order.address(),
                order.createdAt(), order.paidAt(), buyer, order.paymentNo(), order.payTransactionId(),
                order.createdAt().plus(properties.unpaidTimeout()), order.history());
    }
}
