package io.kaola.product.catalog.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.pricing.api.PricingAdminService;
import io.kaola.pricing.api.TaxCategoryView;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/** The tax categories kaola-pricing knows, to check an ops edit against. */
@Component
public class TaxCategoryClient {

    @DubboReference(check = false, timeout = 1500, methods = {@Method(name = "listTaxCategories", retries = 2)})
    private PricingAdminService pricingAdmin;

    /**
     * @return every tax category code, sorted
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when kaola-pricing does not answer
     */
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
