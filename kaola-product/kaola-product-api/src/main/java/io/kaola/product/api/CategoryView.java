package io.kaola.product.api;

import java.io.Serializable;
import java.util.Map;

/**
 * One category of the tree.
 *
 * @param key       stable key from the catalogue, e.g. "armchairs"
 * @param parentKey parent's key, null for a root
 * @param name      localized names, locale tag to text (e.g. "en-US" to "Chairs")
 * @param orderHint sort hint among siblings (commercetools orderHint), may be null
 */
public record CategoryView(String key, String parentKey, Map<String, String> name, String orderHint)
        implements Serializable {}
