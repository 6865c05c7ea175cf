package io.kaola.order.trade.application;

import io.kaola.product.api.ProductError;
import io.kaola.product.api.SkuSnapshot;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** kaola-product's catalogue, as checkout needs it (port; DubboCatalogClient in trade/infrastructure). */
public interface CatalogClient {

    /**
     * @return one snapshot per code the catalogue knows (a read, retried)
     * @throws io.kaola.common.error.KaolaException PRODUCT_UNKNOWN_SKU, passed through
     */
    List<SkuSnapshot> getSkus(List<String> skuCodes);

    /**
     * @return a snapshot for every code, in the order of {@code skuCodes}
     * @throws io.kaola.common.error.KaolaException PRODUCT_UNKNOWN_SKU naming the first code the catalogue lacks
     */
    default List<SkuSnapshot> requireSkus(List<String> skuCodes) {
        Map<String, SkuSnapshot> found = getSkus(skuCodes).stream()
                .collect(Collectors.toMap(SkuSnapshot::skuCode, Function.identity(), (a, b) -> a));
        return skuCodes.stream().map(code -> {
            SkuSnapshot sku = found.get(code);
            if (sku == null) throw ProductError.UNKNOWN_SKU.exception("sku " + code + " is not in the catalogue");
            return sku;
        }).toList();
    }
}
