package io.kaola.product.catalogimport.infrastructure;

import io.kaola.product.catalog.infrastructure.CategoryMapper;
import io.kaola.product.catalog.infrastructure.SkuMapper;
import io.kaola.product.catalogimport.domain.KnownCatalog;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link KnownCatalog} on MyBatis: read from the tables {@code category} and {@code sku}. */
@Repository
public class MyBatisKnownCatalog implements KnownCatalog {
    /** Bounds the IN lists. */
    static final int LOOKUP_BATCH = 1000;

    private final CategoryMapper categories;
    private final SkuMapper skus;

    public MyBatisKnownCatalog(CategoryMapper categories, SkuMapper skus) {
        this.categories = categories;
        this.skus = skus;
    }

    @Override
    public Map<String, String> categoryParents() {
        Map<String, String> parents = new HashMap<>();
        categories.findAll().forEach(c -> parents.put(c.categoryKey(), c.parentKey()));
        return parents;
    }

    @Override
    public Map<String, String> skuOwners(Collection<String> skuCodes) {
        Map<String, String> owners = new HashMap<>();
        List<String> codes = new ArrayList<>(skuCodes);
        for (int from = 0; from < codes.size(); from += LOOKUP_BATCH) {
            skus.findByCodes(codes.subList(from, Math.min(codes.size(), from + LOOKUP_BATCH)))
                    .forEach(r -> owners.put(r.skuCode(), r.spuKey()));
        }
        return owners;
    }
}
