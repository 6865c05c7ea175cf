package io.kaola.product.catalogimport.domain;

import java.util.List;
import java.util.Map;

/**
 * Everything a catalogue source read from one directory, each file well-formed on its own, for
 * {@link ImportPlanner} to check across files and against the stored catalogue.
 *
 * @param categories        the file's categories, parents first
 * @param storedCategories  every stored category key to its parent key (null for a root)
 * @param products          in file order
 * @param standalonePrices  active standalone prices by SKU code, in file order
 * @param inventory         the inventory rows, in file order (empty when there is no inventory file)
 * @param hasInventory      true when the directory has an inventory file
 * @param ignoredFiles      files present but not read, sorted
 */
public record CatalogDraft(List<CategoryItem> categories, Map<String, String> storedCategories,
                           List<ProductDraft> products, Map<String, List<PriceDraft>> standalonePrices,
                           List<InventoryDraft> inventory, boolean hasInventory, List<String> ignoredFiles) {}
