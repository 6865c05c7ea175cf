package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.id.IdGenerator;
import io.kaola.inventory.api.ReserveStockRequest;
import io.kaola.order.api.FlashSaleOrderRequest;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.trade.domain.CheckoutRules;
import io.kaola.order.config.OrderProperties;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderTimer;
import io.kaola.order.trade.domain.OrderBuyer;
import io.kaola.order.trade.domain.OrderShard;
import io.kaola.order.trade.domain.PlaceOrderRules;
import io.kaola.order.trade.domain.RequestFingerprint;
import io.kaola.order.trade.domain.OrderRepository;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.common.money.Money;
import io.kaola.promotion.api.PromotionError;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.user.api.ReserveQuotaRequest;
import io.kaola.user.api.VerifiedBuyer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.List;
import java.util.Optional;

/**
 * Checkout, top-down: validate → same idempotency key and same request returns the first order (another
 * request with that key: ORDER_IDEMPOTENCY_KEY_REUSED) → the buyer is real-name
 * verified (kaola-user) → risk control ({@link OrderRiskCheck}: blocklist, order anti-spam) → SKUs on sale and on the positive list (kaola-product) → running activities and the coupon
 * (kaola-promotion) → quote (kaola-pricing; a coupon that takes nothing off refuses the order) → per-transaction
 * limit → order number → reserve annual quota (kaola-user) → reserve stock (kaola-inventory) → lock the coupon
 * (kaola-promotion) → write order + items in one local transaction on the buyer's shard.
 * Compensation, in reverse: stock refused or failed → the quota is released; the coupon refused or failed → stock
 * and quota are released; the write failed → coupon, stock and quota are released and the failure rethrown; the
 * write failed on (buyer_id, idempotency_key) because a concurrent twin won → this attempt's coupon, stock and quota
 * are released and the twin returned. So nothing is left held on any failure path. A release that fails is logged
 * as COMPENSATION FAILED (ERROR) for ops. Rules: docs/cross-border.md §1, §3, §5; docs/promotions.md.
 * A checkout from the cart ({@code fromCart}) takes the selected cart lines and removes them only once the order is
 * written ({@link ManageCart}). An {@code addressId} names an entry of the buyer's address book (kaola-user), read
 * once and then treated as an inline address (so the order keeps the address it shipped to, and a repeat of the key
 * after the entry was edited is ORDER_IDEMPOTENCY_KEY_REUSED).
 */
@Service
public class PlaceOrder {
    private static final Logger log = LoggerFactory.getLogger(PlaceOrder.class);

    private final OrderRepository orders;
    private final IdentityClient identities;
    private final CatalogClient catalog;
    private final PricingClient pricing;
    private final QuotaClient quotas;
    private final InventoryClient inventory;
    private final TransactionTemplate tx;
    private final IdGenerator ids;
    private final Clock clock;
    private final OrderTimers timers;
    private final OrderProperties properties;
    private final CheckoutPromotions checkoutPromotions;
    private final PromotionClient promotions;
    private final ManageCart carts;
    private final AddressClient addresses;
    private final OrderRiskCheck risk;

    public PlaceOrder(OrderRepository orders, IdentityClient identities, CatalogClient catalog, PricingClient pricing,
                      QuotaClient quotas, InventoryClient inventory, TransactionTemplate tx, IdGenerator ids,
                      Clock clock, OrderTimers timers, OrderProperties properties,
                      CheckoutPromotions checkoutPromotions, PromotionClient promotions, ManageCart carts,
                      AddressClient addresses, OrderRiskCheck risk) {
        this.risk = risk;
        this.addresses = addresses;
        this.carts = carts;
        this.checkoutPromotions = checkoutPromotions;
        this.promotions = promotions;
        this.timers = timers;
        this.properties = properties;
        this.orders = orders;
        this.identities = identities;
        this.catalog = catalog;
        this.pricing = pricing;
        this.quotas = quotas;
        this.inventory = inventory;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @return the new order (PENDING_PAYMENT), or the one placed before with the same idempotency key and the same
     *         request ({@link RequestFingerprint})
     * @throws KaolaException ORDER_INVALID_ORDER; ORDER_IDEMPOTENCY_KEY_REUSED (422) when the key came with another
     *         request before; CROSSBORDER_NOT_ON_POSITIVE_LIST (naming the SKU),
     *         CROSSBORDER_OVER_TRANSACTION_LIMIT (limit, amountCny, limitCny); from neighbours, unchanged:
     *         CROSSBORDER_BUYER_NOT_VERIFIED, PRODUCT_UNKNOWN_SKU, PRODUCT_SKU_NOT_ON_SALE, PRICING_NO_FX_RATE,
     *         PRICING_UNKNOWN_TAX_CATEGORY, CROSSBORDER_TAX_CATEGORY_BLOCKED, CROSSBORDER_OVER_ANNUAL_LIMIT (with its
     *         details), INVENTORY_INSUFFICIENT_STOCK, INVENTORY_UNKNOWN_SKU, PROMOTION_COUPON_NOT_FOUND;
     *         PROMOTION_COUPON_NOT_USABLE (not the buyer's to use now: locked by another order, used, expired);
     *         ORDER_COUPON_NOT_APPLICABLE (it takes nothing off this cart). A refusal leaves nothing written or held.
     */
    public Order place(PlaceOrderRequest request) {
        if (request.fromCart()) {
            if (!request.lines().isEmpty()) {
                throw OrderError.INVALID_ORDER.exception("send either lines or fromCart, not both");
            }
            // a cart checkout repeats by key alone: its cart lines are gone once the first attempt placed the order
            Optional<OrderRepository.KeyedOrder> before =
                    orders.findByIdempotencyKey(request.buyerId(), request.idempotencyKey());
            if (before.isPresent()) return before.get().order();
            request = request.withLines(carts.selectedLines(request.buyerId()));
            if (request.lines().isEmpty()) throw OrderError.INVALID_ORDER.exception("no line of your cart is selected");
        }
        if (request.addressId() != null) {
            if (request.address() != null) {
                throw OrderError.INVALID_ORDER.exception("send either address or addressId, not both");
            }
            request = request.withAddress(addresses.address(request.buyerId(), request.addressId()));
        }
        Order placed = placeLines(request, null);
        if (request.fromCart()) clearCart(request);
        return placed;
    }

    /**
     * The order of an admitted flash-sale attempt (docs/promotions.md §flash sale): the checkout above for one line,
     * priced at the flash price alone (kaola-pricing's FLASH_PRICE offer, no activity, no coupon), its stock taken from
     * the sale's hold (kaola-inventory) instead of available stock. Every cross-border check applies unchanged. A
     * repeat of the attempt returns the first order (by key alone: the attempt is the request).
     *
     * @return the new order (PENDING_PAYMENT), or the one the attempt placed before
     * @throws KaolaException ORDER_INVALID_ORDER; as {@link #place}; INVENTORY_HOLD_EXHAUSTED, INVENTORY_HOLD_CLOSED,
     *         INVENTORY_HOLD_NOT_FOUND. A refusal leaves nothing written or held.
     */
    public Order placeFlashSale(FlashSaleOrderRequest flash) {
        checkFlashSale(flash);
        Optional<OrderRepository.KeyedOrder> before = orders.findByIdempotencyKey(flash.buyerId(), flash.idempotencyKey());
        if (before.isPresent()) return before.get().order();
        PlaceOrderRequest request = new PlaceOrderRequest(flash.buyerId(), flash.idempotencyKey(), flash.address(),
                List.of(new PlaceOrderRequest.Line(flash.skuCode(), flash.quantity())), null, false, flash.addressId());
        if (request.addressId() != null) {
            if (request.address() != null) {
                throw OrderError.INVALID_ORDER.exception("send either address or addressId, not both");
            }
            request = request.withAddress(addresses.address(request.buyerId(), request.addressId()));
        }
        PromotionOffer offer = PromotionOffer.flashPrice("flash-sale-" + flash.saleId(),
                flash.saleName() == null ? "Flash sale" : flash.saleName(), flash.skuCode(), flash.price());
        return placeLines(request, new Deal(List.of(offer), flash.holdId()));
    }

    private static void checkFlashSale(FlashSaleOrderRequest flash) {
        if (flash.attemptId() == null || flash.attemptId().isBlank()
                || flash.idempotencyKey().length() > PlaceOrderRules.MAX_IDEMPOTENCY_KEY) {
            throw OrderError.INVALID_ORDER.exception("attemptId must be 1.."
                    + (PlaceOrderRules.MAX_IDEMPOTENCY_KEY - FlashSaleOrderRequest.KEY_PREFIX.length()) + " characters");
        }
        if (flash.holdId() == null || flash.holdId().isBlank()) {
            throw OrderError.INVALID_ORDER.exception("holdId is required");
        }
        Money price = flash.price();
        if (price == null || !Money.CNY.equals(price.currency()) || price.minor() <= 0) {
            throw OrderError.INVALID_ORDER.exception("price must be a positive CNY amount");
        }
    }

    /**
     * What a checkout is priced with and where its stock comes from, when the caller decides it (a flash sale).
     *
     * @param activities the offers, instead of the running activities; no coupon
     * @param holdId     the stock hold the lines are taken from, instead of available stock
     */
    private record Deal(List<PromotionOffer> activities, String holdId) {}

    /** Removes the ordered lines from the cart; a failure leaves them there (the order stands). */
    private void clearCart(PlaceOrderRequest request) {
        try {
            carts.removeOrdered(request.buyerId(), request.lines());
        } catch (RuntimeException e) {
            log.warn("order placed from the cart of buyer {}, but its lines were not removed from the cart ({})",
                    request.buyerId(), e.toString());
        }
    }

    private Order placeLines(PlaceOrderRequest request, Deal deal) {
        PlaceOrderRules.check(request);
        RequestFingerprint fingerprint = RequestFingerprint.of(request);
        Optional<OrderRepository.KeyedOrder> placedBefore =
                orders.findByIdempotencyKey(request.buyerId(), request.idempotencyKey());
        if (placedBefore.isPresent()) {
            return fingerprint.replay(placedBefore.get().order(), placedBefore.get().requestFingerprint(),
                    request.idempotencyKey());
        }

        VerifiedBuyer buyer = identities.requireVerifiedBuyer(request.buyerId());
        risk.check(request.buyerId(), buyer.identityKey(), request.address().phone());  // before anything is reserved
        List<SkuSnapshot> skus = catalog.requireSkus(request.lines().stream().map(PlaceOrderRequest.Line::skuCode).toList());
        throwIfPresent(CheckoutRules.unsellable(skus));
        Instant now = clock.instant();
        CheckoutPromotions.Resolved offers = deal != null ? new CheckoutPromotions.Resolved(deal.activities(), null, null)
                : checkoutPromotions.resolve(request.buyerId(), request.couponId(), now);
        if (offers.refused() != null) throw PromotionError.COUPON_NOT_USABLE.exception(offers.refused().reason());
        PriceQuote quote = pricing.quote(CheckoutQuotes.request(request.lines(), skus, null, null, offers.activities(),
                offers.coupon()));
        throwIfPresent(CheckoutRules.couponNotApplied(quote));
        throwIfPresent(CheckoutRules.overTransactionLimit(quote));

        String orderNo = OrderShard.orderNo(ids.nextId(), request.buyerId());
        Order order = Order.place(orderNo, request.buyerId(), request.idempotencyKey(), quote, request.address(),
                new OrderBuyer(buyer.name(), buyer.maskedIdNumber(), buyer.identityKey()),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));

        reserveQuota(order);
        try {
            reserveStock(order, request, deal == null ? null : deal.holdId());
        } catch (RuntimeException e) {
            releaseQuotaAfterFailure(orderNo, e);
            throw e;
        }
        try {
            lockCoupon(order, request.couponId(), now);
        } catch (RuntimeException e) {
            releaseStockAfterFailure(orderNo, e);
            releaseQuotaAfterFailure(orderNo, e);
            Optional<OrderRepository.KeyedOrder> twin =
                    orders.findByIdempotencyKey(request.buyerId(), request.idempotencyKey());
            if (twin.isPresent()) {  // a concurrent twin locked the coupon first and has been written meanwhile
                return fingerprint.replay(twin.get().order(), twin.get().requestFingerprint(), request.idempotencyKey());
            }
            throw e;
        }
        try {
            tx.executeWithoutResult(status -> orders.insert(order, fingerprint));
            scheduleTimeout(order);
            return order;
        } catch (DataIntegrityViolationException e) {
            Optional<OrderRepository.KeyedOrder> twin =
                    orders.findByIdempotencyKey(request.buyerId(), request.idempotencyKey());
            releaseCouponAfterFailure(orderNo, e);
            releaseStockAfterFailure(orderNo, e);
            releaseQuotaAfterFailure(orderNo, e);
            if (twin.isPresent()) {
                log.info("order {} lost to concurrent twin {} (same idempotency key); coupon, stock and quota released",
                        orderNo, twin.get().order().orderNo());
                return fingerprint.replay(twin.get().order(), twin.get().requestFingerprint(), request.idempotencyKey());
            }
            throw e;
        } catch (RuntimeException e) {
            releaseCouponAfterFailure(orderNo, e);
            releaseStockAfterFailure(orderNo, e);
            releaseQuotaAfterFailure(orderNo, e);
            throw e;
        }
    }

    /**
     * The unpaid timeout's timer (fulfilment.md §3). A failed send does not fail the placed order: the sweep
     * ({@link OrderJourney#sweepUnpaid}) closes it instead, a sweep interval later.
     */
    private void scheduleTimeout(Order order) {
        try {
            timers.schedule(new OrderTimer(OrderTimer.Kind.PAYMENT_TIMEOUT, order.orderNo(), order.buyerId(),
                    order.createdAt().plus(properties.unpaidTimeout())));
        } catch (RuntimeException e) {
            log.warn("order {}: its unpaid-timeout timer was not sent ({}); the unpaid sweep will close it",
                    order.orderNo(), e.toString());
        }
    }

    private static void throwIfPresent(Optional<KaolaException> refusal) {
        if (refusal.isPresent()) throw refusal.get();
    }

    private void reserveQuota(Order order) {
        PriceQuote quote = order.price();
        ReserveQuotaRequest reservation = new ReserveQuotaRequest(order.buyerId(), order.orderNo(),
                quote.dutiableValue(), quote.tax(), order.createdAt());
        try {
            quotas.reserve(reservation);
        } catch (KaolaException e) {
            throw e;  // a refusal reserves nothing
        } catch (RuntimeException e) {
            // timeout or transport failure: quota may be reserved for a number that will never be an order
            releaseQuotaAfterFailure(order.orderNo(), e);
            throw e;
        }
    }

    private void reserveStock(Order order, PlaceOrderRequest request, String holdId) {
        ReserveStockRequest reservation = new ReserveStockRequest(order.orderNo(), null, request.lines().stream()
                .map(l -> new ReserveStockRequest.Line(l.skuCode(), l.quantity())).toList());
        try {
            if (holdId == null) {
                inventory.reserve(reservation);
            } else {
                inventory.reserveFromHold(holdId, order.orderNo(), request.lines().get(0).quantity());
            }
        } catch (KaolaException e) {
            throw e;  // a refusal holds nothing
        } catch (RuntimeException e) {
            // timeout or transport failure: stock may be held for a number that will never be an order
            releaseStockAfterFailure(order.orderNo(), e);
            throw e;
        }
    }

    private void lockCoupon(Order order, Long couponId, Instant at) {
        if (couponId == null) return;
        try {
            promotions.lockCoupon(order.buyerId(), couponId, order.orderNo(), at);
        } catch (KaolaException e) {
            throw e;  // a refusal locks nothing
        } catch (RuntimeException e) {
            // timeout or transport failure: the coupon may be locked for a number that will never be an order
            releaseCouponAfterFailure(order.orderNo(), e);
            throw e;
        }
    }

    private void releaseCouponAfterFailure(String orderNo, RuntimeException cause) {
        try {
            promotions.releaseCoupon(orderNo, clock.instant());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.error("COMPENSATION FAILED: the coupon locked by order {} was not released ({}); kaola-promotion "
                    + "releases it when it hears the order is not there (or release it by hand)", orderNo, e.toString());
        }
    }

    private void releaseStockAfterFailure(String orderNo, RuntimeException cause) {
        try {
            inventory.release(orderNo);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.error("COMPENSATION FAILED: stock reserved for order {} was not released ({}); release it by hand",
                    orderNo, e.toString());
        }
    }

    private void releaseQuotaAfterFailure(String orderNo, RuntimeException cause) {
        try {
            quotas.release(orderNo);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.error("COMPENSATION FAILED: annual quota reserved for order {} was not released ({}); release it by hand",
                    orderNo, e.toString());
        }
    }
}
