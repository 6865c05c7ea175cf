package io.kaola.product.catalog.application;

import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PricingError;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.UpdateTaxProfileRequest;
import io.kaola.product.catalog.domain.TaxProfileRules;
import io.kaola.product.catalog.domain.ProductRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;

/**
 * Ops set a product's cross-border tax profile: tax category (checked against kaola-pricing's list),
 * positive-list flag, HS code. Everything is validated before the one-row write; then the cached detail
 * is evicted and ProductChanged published. Setting the category or the flag marks the profile as set by
 * ops, so later catalogue imports leave it alone (the HS code is never imported).
 */
@Service
public class UpdateTaxProfile {
    private static final Logger log = LoggerFactory.getLogger(UpdateTaxProfile.class);

    private final ProductRepository spus;
    private final TaxCategoryClient taxCategories;
    private final TransactionTemplate tx;
    private final ProductDetails details;
    private final ProductChangedNotices notices;

    public UpdateTaxProfile(ProductRepository spus, TaxCategoryClient taxCategories, TransactionTemplate tx,
                            ProductDetails details, ProductChangedNotices notices) {
        this.spus = spus;
        this.taxCategories = taxCategories;
        this.tx = tx;
        this.details = details;
        this.notices = notices;
    }

    /**
     * @param request spuId and the fields to change (null: unchanged; hsCode "" clears it)
     * @return the product detail after the change (published or not, not from the cache)
     * @throws KaolaException PRODUCT_INVALID_TAX_PROFILE (nothing to change, HS code not 8 or 10 digits, blank
     *         category); PRICING_UNKNOWN_TAX_CATEGORY; PRODUCT_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE (kaola-pricing
     *         did not answer). Nothing is changed on any of them.
     */
    public ProductDetail apply(UpdateTaxProfileRequest request) {
        if (request == null) throw ProductError.INVALID_TAX_PROFILE.exception("no request");
        if (request.taxCategoryCode() == null && request.importable() == null && request.hsCode() == null) {
            throw ProductError.INVALID_TAX_PROFILE.exception("nothing to change: give taxCategoryCode, importable or hsCode");
        }
        String hsCode = request.hsCode() == null ? null : TaxProfileRules.hsCode(request.hsCode());
        String code = request.taxCategoryCode() == null ? null : TaxProfileRules.taxCategoryCode(request.taxCategoryCode());
        if (spus.findById(request.spuId()).isEmpty()) {
            throw ProductError.NOT_FOUND.exception("no product with id " + request.spuId());
        }
        if (code != null) {
            Set<String> known = taxCategories.codes();
            if (!known.contains(code)) {
                throw PricingError.UNKNOWN_TAX_CATEGORY.exception("kaola-pricing has no tax category '" + code
                        + "'; known: " + String.join(", ", known));
            }
        }
        Integer matched = tx.execute(s -> spus.updateTaxProfile(request.spuId(), code, request.importable(),
                request.hsCode() != null, hsCode));
        if (matched == null || matched == 0) {
            throw ProductError.NOT_FOUND.exception("no product with id " + request.spuId());
        }
        details.evict(List.of(request.spuId()));
        notices.publish(List.of(request.spuId()));
        log.info("tax profile of spu {} set by ops: taxCategoryCode={}, importable={}, hsCode={}", request.spuId(),
                code == null ? "(unchanged)" : code, request.importable() == null ? "(unchanged)" : request.importable(),
                request.hsCode() == null ? "(unchanged)" : hsCode);
        return details.current(request.spuId());
    }
}
