package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.id.IdGenerator;
import io.kaola.inventory.api.ReserveStockRequest;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderShard;
import io.kaola.order.trade.domain.PlaceOrderRules;
import io.kaola.order.trade.infrastructure.CatalogClient;
import io.kaola.order.trade.infrastructure.InventoryClient;
import io.kaola.order.trade.infrastructure.OrderRepository;
import io.kaola.order.trade.infrastructure.PricingClient;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.SkuSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checkout, top-down: validate → same idempotency key returns the first order → SKUs on sale
 * (kaola-product) → quote (kaola-pricing) → order number → reserve stock (kaola-inventory) →
 * write order + items in one local transaction on the buyer's shard.
 * Compensation: when the write fails, the reservation is released and the failure rethrown; when it
 * fails on (buyer_id, idempotency_key) because a concurrent twin won, this reservation is released
 * and the twin returned.
 */
@Service
public class PlaceOrder {
    private static final Logger log = LoggerFactory.getLogger(PlaceOrder.class);

    private final OrderRepository orders;
    private final CatalogClient catalog;
    private final PricingClient pricing;
    private final InventoryClient inventory;
    private final TransactionTemplate tx;
    private final IdGenerator ids;
    private final Clock clock;

    public PlaceOrder(OrderRepository orders, CatalogClient catalog, PricingClient pricing, InventoryClient inventory,
                      TransactionTemplate tx, IdGenerator ids, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.pricing = pricing;
        this.inventory = inventory;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @return the new order (PENDING_PAYMENT), or the one placed before with the same idempotency key
     * @throws KaolaException ORDER_INVALID_ORDER; from neighbours, unchanged: PRODUCT_UNKNOWN_SKU,
     *         PRODUCT_SKU_NOT_ON_SALE, PRICING_NO_FX_RATE, INVENTORY_INSUFFICIENT_STOCK, INVENTORY_UNKNOWN_SKU
     */
    public Order place(PlaceOrderRequest request) {
        PlaceOrderRules.check(request);
        Optional<Order> placedBefore = orders.findByIdempotencyKey(request.buyerId(), request.idempotencyKey());
        if (placedBefore.isPresent()) return placedBefore.get();

        PriceQuote quote = pricing.quote(quoteRequest(request, onSaleSkus(request)));
        String orderNo = OrderShard.orderNo(ids.nextId(), request.buyerId());
        Order order = Order.place(orderNo, request.buyerId(), request.idempotencyKey(), quote, request.address(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));

        reserve(order, request);
        try {
            tx.executeWithoutResult(status -> orders.insert(order));
            return order;
        } catch (DataIntegrityViolationException e) {
            Optional<Order> twin = orders.findByIdempotencyKey(request.buyerId(), request.idempotencyKey());
            releaseAfterFailure(orderNo, e);
            if (twin.isPresent()) {
                log.info("order {} lost to concurrent twin {} (same idempotency key); reservation released",
                        orderNo, twin.get().orderNo());
                return twin.get();
            }
            throw e;
        } catch (RuntimeException e) {
            releaseAfterFailure(orderNo, e);
            throw e;
        }
    }

    private Map<String, SkuSnapshot> onSaleSkus(PlaceOrderRequest request) {
        List<String> codes = request.lines().stream().map(PlaceOrderRequest.Line::skuCode).toList();
        Map<String, SkuSnapshot> skus = catalog.getSkus(codes).stream()
                .collect(Collectors.toMap(SkuSnapshot::skuCode, Function.identity()));
        for (String code : codes) {
            SkuSnapshot sku = skus.get(code);
            if (sku == null) throw ProductError.UNKNOWN_SKU.exception("sku " + code + " is not in the catalogue");
            if (!sku.onSale()) throw ProductError.SKU_NOT_ON_SALE.exception("sku " + code + " is not on sale");
        }
        return skus;
    }

    private static QuoteRequest quoteRequest(PlaceOrderRequest request, Map<String, SkuSnapshot> skus) {
        return new QuoteRequest(request.lines().stream()
                .map(l -> new QuoteRequest.Line(l.skuCode(), l.quantity(), skus.get(l.skuCode()).supplierPrice()))
                .toList(), null);
    }

    private void reserve(Order order, PlaceOrderRequest request) {
        ReserveStockRequest reservation = new ReserveStockRequest(order.orderNo(), null, request.lines().stream()
                .map(l -> new ReserveStockRequest.Line(l.skuCode(), l.quantity())).toList());
        try {
            inventory.reserve(reservation);
        } catch (KaolaException e) {
            throw e;  // a refusal holds nothing
        } catch (RuntimeException e) {
            // timeout or transport failure: stock may be held for a number that will never be an order
            releaseAfterFailure(order.orderNo(), e);
            throw e;
        }
    }

    private void releaseAfterFailure(String orderNo, RuntimeException cause) {
        try {
            inventory.release(orderNo);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.error("COMPENSATION FAILED: stock reserved for order {} was not released ({}); release it by hand",
                    orderNo, e.toString());
        }
    }
}
