package io.kaola.product.catalog.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PricingAdminService;
import io.kaola.pricing.api.TaxCategoryView;
import io.kaola.product.catalog.application.TaxCategoryClient;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/** {@link TaxCategoryClient} over Dubbo: the tax categories kaola-pricing's PricingAdminService knows. */
@Component
public class DubboTaxCategoryClient implements TaxCategoryClient {

    @DubboReference(check = false, timeout = 1500, methods = {@Method(name = "listTaxCategories", retries = 2)})
    private PricingAdminService pricingAdmin;

    /**
     * @return every tax category code, sorted
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when kaola-pricing does not answer
     */
    @Override
    public Set<String> codes() {
        try {
            Set<String> codes = new TreeSet<>();
            for (TaxCategoryView category : pricingAdmin.listTaxCategories()) codes.add(category.code());
            return codes;
        } catch (KaolaException e) {
            throw e;
        } catch (RuntimeException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-pricing did not answer with its tax categories ("
                    + e.getClass().getSimpleName() + "); nothing was changed, try again");
        }
    }
}
