package io.kaola.product.catalogimport.domain;

import java.util.Map;

/**
 * A category ready to be stored.
 *
 * @param key         catalogue key (the draft's key, or its first slug when it has none)
 * @param parentKey   parent's key, null for a root
 * @param name        localized names, locale tag to text
 * @param slug        localized slugs
 * @param description localized descriptions, empty when none
 * @param orderHint   commercetools orderHint (a decimal string in (0, 1)), null when none
 */
public record CategoryItem(String key, String parentKey, Map<String, String> name, Map<String, String> slug,
                           Map<String, String> description, String orderHint) {}
