package io.kaola.product.catalog.application;

import io.kaola.common.error.KaolaException;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.product.api.UpdateSkuContentRequest;
import io.kaola.product.catalog.domain.SkuContent;
import io.kaola.product.catalog.domain.SkuRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Ops set what one unit of a SKU contains (net quantity and unit, for the cosmetics consumption-tax test)
 * and weighs (for shipping). The row is locked, the edit validated against it ({@link SkuContent}) and
 * written in one transaction, marked as set by ops so later imports leave it alone; then the product's
 * cached detail is evicted and ProductChanged published.
 */
@Service
public class UpdateSkuContent {
    private static final Logger log = LoggerFactory.getLogger(UpdateSkuContent.class);

    private final SkuRepository skus;
    private final TransactionTemplate tx;
    private final ProductDetails details;
    private final ProductChangedNotices notices;
    private final CatalogQueries queries;

    public UpdateSkuContent(SkuRepository skus, TransactionTemplate tx, ProductDetails details,
                            ProductChangedNotices notices, CatalogQueries queries) {
        this.skus = skus;
        this.tx = tx;
        this.details = details;
        this.notices = notices;
        this.queries = queries;
    }

    /**
     * @param request skuCode and the fields to change (null: unchanged)
     * @return the SKU after the change
     * @throws KaolaException PRODUCT_INVALID_TAX_PROFILE (see {@link SkuContent#edit}); PRODUCT_UNKNOWN_SKU.
     *         Nothing is changed on either.
     */
    public SkuSnapshot apply(UpdateSkuContentRequest request) {
        if (request == null || request.skuCode() == null || request.skuCode().isBlank()) {
            throw ProductError.INVALID_TAX_PROFILE.exception("skuCode is required");
        }
        String skuCode = request.skuCode();
        long spuId = tx.execute(s -> {
            SkuRepository.LockedContent row = skus.lockContent(skuCode).orElseThrow(
                    () -> ProductError.UNKNOWN_SKU.exception("no SKU with code '" + skuCode + "'"));
            SkuContent edited = row.content().edit(request.netQuantity(), request.netUnit(), request.weightGrams());
            skus.updateContent(skuCode, edited);
            log.info("content of sku {} set by ops: weightGrams={}, net={} {}", skuCode, edited.weightGrams(),
                    edited.netQuantity() == null ? "-" : edited.netQuantity().toPlainString(),
                    edited.netUnit() == null ? "" : edited.netUnit());
            return row.spuId();
        });
        details.evict(List.of(spuId));
        notices.publish(List.of(spuId));
        return queries.getSkus(List.of(skuCode)).get(0);
    }
}
