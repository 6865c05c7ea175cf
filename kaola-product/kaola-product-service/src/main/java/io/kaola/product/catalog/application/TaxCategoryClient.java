package io.kaola.product.catalog.application;

import io.kaola.common.error.KaolaException;

import java.util.Set;

/** The tax categories kaola-pricing knows, to check an ops edit against. */
public interface TaxCategoryClient {

    /**
     * @return every tax category code, sorted
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE when kaola-pricing does not answer
     */
    Set<String> codes();
}
