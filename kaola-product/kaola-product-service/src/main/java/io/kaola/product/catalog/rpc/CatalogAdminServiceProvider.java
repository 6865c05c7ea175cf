package io.kaola.product.catalog.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.product.api.CatalogAdminService;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.product.api.UpdateSkuContentRequest;
import io.kaola.product.api.UpdateTaxProfileRequest;
import io.kaola.product.catalog.application.UpdateSkuContent;
import io.kaola.product.catalog.application.UpdateTaxProfile;
import org.apache.dubbo.config.annotation.DubboService;

/** Dubbo endpoint of ops edits of cross-border product data. Writes: never retried. */
@DubboService(timeout = 5000, retries = 0)
public class CatalogAdminServiceProvider implements CatalogAdminService {
    private final UpdateTaxProfile updateTaxProfile;
    private final UpdateSkuContent updateSkuContent;

    public CatalogAdminServiceProvider(UpdateTaxProfile updateTaxProfile, UpdateSkuContent updateSkuContent) {
        this.updateTaxProfile = updateTaxProfile;
        this.updateSkuContent = updateSkuContent;
    }

    @Override
    public ProductDetail updateTaxProfile(UpdateTaxProfileRequest request) throws KaolaException {
        return updateTaxProfile.apply(request);
    }

    @Override
    public SkuSnapshot updateSkuContent(UpdateSkuContentRequest request) throws KaolaException {
        return updateSkuContent.apply(request);
    }
}
