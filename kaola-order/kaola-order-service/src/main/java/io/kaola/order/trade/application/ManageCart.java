package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.order.api.CartLineView;
import io.kaola.order.api.CartView;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.trade.domain.CartLine;
import io.kaola.order.trade.domain.CartRepository;
import io.kaola.order.trade.domain.CartRules;
import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.SkuSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shopper's cart: changes and the view. The view is assembled from the stored lines and the current catalogue,
 * stock and prices: a line that went off sale, off the positive list or out of stock is flagged, never dropped; the
 * selected lines that can be ordered are priced by kaola-pricing with the running activities, and every usable coupon
 * of the buyer (at most {@value #MAX_COUPONS_TRIED}, newest first) is tried on them to name the best one
 * (docs/promotions.md "Cart").
 */
@Service
public class ManageCart {
    /** Concurrent adds of one SKU each retry their compare-and-set at most this often. */
    private static final int MAX_SWAPS = 20;
    static final int MAX_COUPONS_TRIED = 10;
    private static final Logger log = LoggerFactory.getLogger(ManageCart.class);

    private final CartRepository carts;
    private final CatalogClient catalog;
    private final InventoryClient inventory;
    private final PricingClient pricing;
    private final CheckoutPromotions checkoutPromotions;
    private final PromotionClient promotions;
    private final Clock clock;

    public ManageCart(CartRepository carts, CatalogClient catalog, InventoryClient inventory, PricingClient pricing,
                      CheckoutPromotions checkoutPromotions, PromotionClient promotions, Clock clock) {
        this.carts = carts;
        this.catalog = catalog;
        this.inventory = inventory;
        this.pricing = pricing;
        this.checkoutPromotions = checkoutPromotions;
        this.promotions = promotions;
        this.clock = clock;
    }

    /**
     * @throws KaolaException ORDER_INVALID_CART, PRODUCT_UNKNOWN_SKU, PRODUCT_SKU_NOT_ON_SALE (nothing changed)
     */
    public CartView add(long buyerId, String skuCode, int quantity) {
        CartRules.checkSku(skuCode);
        CartRules.checkQuantity("quantity", quantity);
        SkuSnapshot sku = catalog.requireSkus(List.of(skuCode)).get(0);
        if (!sku.onSale()) throw ProductError.SKU_NOT_ON_SALE.exception("sku " + skuCode + " is not on sale");
        for (int attempt = 1; attempt <= MAX_SWAPS; attempt++) {
            CartLine existing = carts.line(buyerId, skuCode).orElse(null);
            int total = CartRules.afterAdding(existing, quantity, carts.size(buyerId));
            CartLine updated = existing == null ? new CartLine(skuCode, total, true, clock.instant()) : existing.withQuantity(total);
            switch (carts.swap(buyerId, existing, updated, CartRules.MAX_LINES)) {
                case WRITTEN -> { return view(buyerId); }
                case CART_FULL -> throw CartRules.cartFull();
                case CHANGED_MEANWHILE -> { }   // another add of this SKU won: count again on top of it
            }
        }
        throw OrderError.INVALID_CART.exception("the line of sku " + skuCode + " kept changing; try again");
    }

    /** @throws KaolaException ORDER_INVALID_CART, ORDER_CART_LINE_NOT_FOUND */
    public CartView setQuantity(long buyerId, String skuCode, int quantity) {
        CartRules.checkSku(skuCode);
        CartRules.checkQuantity("quantity", quantity);
        carts.put(buyerId, requireLine(buyerId, skuCode).withQuantity(quantity));
        return view(buyerId);
    }

    /** Removing a line that is not there is a no-op. */
    public CartView remove(long buyerId, String skuCode) {
        CartRules.checkSku(skuCode);
        carts.remove(buyerId, List.of(skuCode));
        return view(buyerId);
    }

    /** @throws KaolaException ORDER_CART_LINE_NOT_FOUND for the first SKU not in the cart (nothing changed) */
    public CartView select(long buyerId, List<String> skuCodes, boolean selected) {
        if (skuCodes == null || skuCodes.isEmpty()) throw OrderError.INVALID_CART.exception("skuCodes must name 1 or more lines");
        List<CartLine> lines = new ArrayList<>();
        for (String sku : skuCodes) lines.add(requireLine(buyerId, sku));
        for (CartLine line : lines) carts.put(buyerId, line.withSelected(selected));
        return view(buyerId);
    }

    /** @return the buyer's selected lines as order lines, oldest first */
    public List<PlaceOrderRequest.Line> selectedLines(long buyerId) {
        return carts.lines(buyerId).stream().filter(CartLine::selected)
                .map(l -> new PlaceOrderRequest.Line(l.skuCode(), l.quantity())).toList();
    }

    /** Removes the ordered SKUs from the cart (after the order is placed). */
    public void removeOrdered(long buyerId, List<PlaceOrderRequest.Line> ordered) {
        carts.remove(buyerId, ordered.stream().map(PlaceOrderRequest.Line::skuCode).toList());
    }

    private CartLine requireLine(long buyerId, String skuCode) {
        return carts.line(buyerId, skuCode).orElseThrow(() -> OrderError.CART_LINE_NOT_FOUND.exception(
                "sku " + skuCode + " is not in your cart"));
    }

    /** @return the cart with flags, the priced selection and the best coupon */
    public CartView view(long buyerId) {
        List<CartLine> lines = carts.lines(buyerId);
        if (lines.isEmpty()) return new CartView(List.of(), null, null, null);
        List<String> codes = lines.stream().map(CartLine::skuCode).toList();
        Map<String, SkuSnapshot> skus = snapshots(codes);
        Map<String, Long> available = inventory.available(codes);

        List<String> flags = new ArrayList<>();
        List<PlaceOrderRequest.Line> orderable = new ArrayList<>();
        List<SkuSnapshot> orderableSkus = new ArrayList<>();
        for (CartLine line : lines) {
            SkuSnapshot sku = skus.get(line.skuCode());
            long units = available.getOrDefault(line.skuCode(), 0L);
            String flag = sku == null ? "UNKNOWN_SKU" : !sku.onSale() ? "OFF_SALE" : !sku.importable() ? "NOT_IMPORTABLE"
                    : units <= 0 ? "OUT_OF_STOCK" : units < line.quantity() ? "NOT_ENOUGH_STOCK" : null;
            flags.add(flag);
            if (flag == null && line.selected()) {
                orderable.add(new PlaceOrderRequest.Line(line.skuCode(), line.quantity()));
                orderableSkus.add(sku);
            }
        }

        PriceQuote quote = null;
        CouponOutcome best = null;
        String problem = null;
        if (!orderable.isEmpty()) {
            Instant now = clock.instant();
            try {
                CheckoutPromotions.Resolved offers = checkoutPromotions.resolve(buyerId, null, now);
                quote = pricing.quote(CheckoutQuotes.request(orderable, orderableSkus, null, null, offers.activities(), null));
                best = bestCoupon(buyerId, orderable, orderableSkus, offers.activities(), now);
            } catch (KaolaException e) {
                problem = e.code() + ": " + e.getMessage();
            }
        }

        List<CartLineView> views = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            SkuSnapshot sku = skus.get(line.skuCode());
            views.add(new CartLineView(line.skuCode(), sku == null ? 0 : sku.spuId(),
                    sku == null ? Map.of() : sku.productName(), line.quantity(), line.selected(),
                    unitPrice(quote, line.skuCode()), available.getOrDefault(line.skuCode(), 0L), flags.get(i),
                    line.addedAt()));
        }
        return new CartView(views, quote, best, problem);
    }

    /** The usable coupon taking most off (ties: the newer coupon, as kaola-promotion lists them newest first). */
    private CouponOutcome bestCoupon(long buyerId, List<PlaceOrderRequest.Line> lines, List<SkuSnapshot> skus,
                                     List<PromotionOffer> activities, Instant now) {
        CouponOutcome best = null;
        List<PromotionOffer> coupons = promotions.usableCoupons(buyerId, now);
        for (PromotionOffer coupon : coupons.subList(0, Math.min(MAX_COUPONS_TRIED, coupons.size()))) {
            CouponOutcome outcome = pricing.quote(CheckoutQuotes.request(lines, skus, null, null, activities, coupon)).coupon();
            if (outcome != null && outcome.applied()
                    && (best == null || outcome.discount().minor() > best.discount().minor())) {
                best = outcome;
            }
        }
        return best;
    }

    private static Money unitPrice(PriceQuote quote, String skuCode) {
        if (quote == null) return null;
        for (PriceQuote.LineQuote line : quote.lines()) {
            if (!line.skuCode().equals(skuCode)) continue;
            // after activities: the line's activity reductions spread over its units (shown, not charged)
            long activity = line.reductions().stream()
                    .filter(r -> r.kind() == PromotionOffer.Kind.DISCOUNT).mapToLong(r -> r.amount().minor()).sum();
            return Money.cny(line.unitPrice().minor() - activity / line.quantity());
        }
        return null;
    }

    private Map<String, SkuSnapshot> snapshots(List<String> codes) {
        Map<String, SkuSnapshot> found = new HashMap<>();
        try {
            for (SkuSnapshot sku : catalog.getSkus(codes)) found.put(sku.skuCode(), sku);
        } catch (KaolaException e) {
            if (!e.is(ProductError.UNKNOWN_SKU)) throw e;
            // a SKU the catalogue no longer knows: look the others up one by one, flag that one
            for (String code : codes) {
                try {
                    catalog.getSkus(List.of(code)).forEach(s -> found.put(s.skuCode(), s));
                } catch (KaolaException one) {
                    if (!one.is(ProductError.UNKNOWN_SKU)) throw one;
                    log.info("cart line {} names a SKU the catalogue no longer knows: flagged UNKNOWN_SKU", code);
                }
            }
        }
        return found;
    }
}
