package io.kaola.order.trade.application;

import io.kaola.inventory.api.Warehouses;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.SkuSnapshot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What kaola-pricing is asked at checkout and in a price trial: the cart with each SKU's cross-border data and
 * promotion scope (SPU, categories), the running activities and the coupon.
 */
final class CheckoutQuotes {
    private CheckoutQuotes() {}

    /**
     * @param lines         the cart, in display order
     * @param skus          the SKU of each line, same order
     * @param pricingDate   the day whose FX rates apply (null: today)
     * @param warehouseCode the bonded warehouse (null: {@link Warehouses#DEFAULT_BONDED})
     * @param activities    the activities running now, in priority order (docs/promotions.md)
     * @param coupon        the buyer's coupon's terms, null for none
     * @throws io.kaola.common.error.KaolaException PRODUCT_SKU_NOT_ON_SALE for a SKU without a price
     */
    static QuoteRequest request(List<PlaceOrderRequest.Line> lines, List<SkuSnapshot> skus, LocalDate pricingDate,
                                String warehouseCode, List<PromotionOffer> activities, PromotionOffer coupon) {
        List<QuoteRequest.Line> quoted = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PlaceOrderRequest.Line line = lines.get(i);
            SkuSnapshot sku = skus.get(i);
            if (sku.supplierPrice() == null) {
                throw ProductError.SKU_NOT_ON_SALE.exception("sku " + sku.skuCode() + " has no price");
            }
            quoted.add(new QuoteRequest.Line(line.skuCode(), line.quantity(), sku.supplierPrice(),
                    sku.taxCategoryCode(), sku.weightGrams(), sku.netContent(), sku.spuId(), sku.categoryKeys()));
        }
        return new QuoteRequest(quoted, pricingDate, warehouseCode == null ? Warehouses.DEFAULT_BONDED : warehouseCode,
                activities, coupon);
    }
}
