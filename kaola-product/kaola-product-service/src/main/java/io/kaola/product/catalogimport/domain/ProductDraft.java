package io.kaola.product.catalogimport.domain;

import java.util.List;
import java.util.Map;

/**
 * A product as a catalogue source read it, well-formed, before the import rules (price choice, weights, net
 * contents, tax profile) are applied by {@link ImportPlanner}.
 *
 * @param fileIndex    its index in products.json (zero-based), for problems
 * @param key          catalogue key (the draft's key, or its first slug when it has none)
 * @param name         localized names
 * @param description  localized descriptions, empty when none
 * @param slug         localized slugs, empty when none
 * @param productType  the productType reference's key (or id when it has no key)
 * @param taxCategory  the taxCategory reference's key (or id), null when none
 * @param published    the draft's {@code publish}
 * @param categoryKeys its categories, known ones only, each once, in the draft's order
 * @param variants     master variant first, then the variants in file order
 */
public record ProductDraft(int fileIndex, String key, Map<String, String> name, Map<String, String> description,
                           Map<String, String> slug, String productType, String taxCategory, boolean published,
                           List<String> categoryKeys, List<VariantDraft> variants) {}
