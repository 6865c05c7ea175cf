package io.kaola.product.catalogimport.domain;

import io.kaola.common.money.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.kaola.product.catalogimport.domain.CatalogFiles.INVENTORY;
import static io.kaola.product.catalogimport.domain.CatalogFiles.PRODUCTS;

/**
 * Turns what a catalogue source read ({@link CatalogDraft}) into the {@link ImportPlan}, applying the import's
 * rules: references across files and to the stored catalogue, the one inventory row a SKU takes, the supplier
 * price ({@link SupplierPriceChoice}), the parcel weight ({@link Weights}), the net content ({@link NetContents})
 * and the tax profile ({@link TaxProfileMapping}).
 * <p>
 * Malformed (the whole import is refused, {@link ImportProblems}): a SKU stored for a product the import does
 * not contain; an inventory row of a SKU neither in the files nor stored.
 * Refused (the item is skipped, listed in {@link ImportPlan#refused()} and counted): inventory rows that are not
 * the one row taken for their SKU. The import fills one bonded warehouse, so a SKU takes the row without supply
 * channel, else the row of the first accepted supply channel it has.
 * What is neither is imported as is: a SKU without a usable price is stored, not on sale.
 */
public final class ImportPlanner {
    private final SupplierPriceChoice priceChoice;
    private final Weights weights;
    private final TaxProfileMapping taxMapping;
    private final List<String> supplyChannels;

    /**
     * @param priceChoice    which list price a SKU gets
     * @param weights        parcel weight of a SKU
     * @param taxMapping     cross-border tax profile of a product, from its categories
     * @param supplyChannels supply channel keys whose inventory row stocks a SKU that has no row without
     *                       supply channel, in order of preference (e.g. default-warehouse); empty: none
     */
    public ImportPlanner(SupplierPriceChoice priceChoice, Weights weights, TaxProfileMapping taxMapping,
                         List<String> supplyChannels) {
        this.priceChoice = priceChoice;
        this.weights = weights;
        this.taxMapping = taxMapping;
        this.supplyChannels = List.copyOf(supplyChannels);
    }

    /** @return SKU code to the key of the product that lists it, over every variant of {@code products} */
    public static Map<String, String> skuOwners(List<ProductDraft> products) {
        Map<String, String> owners = new HashMap<>();
        products.forEach(p -> p.variants().forEach(v -> owners.put(v.skuCode(), p.key())));
        return owners;
    }

    /**
     * @param draft    what the source read, each file well-formed on its own
     * @param known    what is already stored
     * @param now      the instant price validity windows are checked against
     * @param problems the problems found so far (the source's), added to here
     * @return the plan, or every problem when there is any (the source's included)
     */
    public ReadOutcome plan(CatalogDraft draft, KnownCatalog known, Instant now, ImportProblems problems) {
        List<String> refused = new ArrayList<>();
        Map<String, String> fileSkuOwners = skuOwners(draft.products());
        Set<String> lookUp = new LinkedHashSet<>(fileSkuOwners.keySet());
        draft.inventory().forEach(row -> lookUp.add(row.sku()));
        Map<String, String> storedOwners = lookUp.isEmpty() ? Map.of() : known.skuOwners(lookUp);
        checkSkuOwnership(draft.products(), storedOwners, problems);
        List<StockItem> stock = checkInventorySkus(draft.inventory(), fileSkuOwners, storedOwners, problems, refused);

        if (!problems.isEmpty()) return new ReadOutcome(null, problems.list());

        Map<String, String> parents = new HashMap<>(draft.storedCategories());
        draft.categories().forEach(c -> parents.put(c.key(), c.parentKey()));
        List<String> generated = new ArrayList<>();
        List<ProductItem> items = new ArrayList<>();
        for (ProductDraft p : draft.products()) {
            List<SkuItem> skus = new ArrayList<>();
            for (VariantDraft v : p.variants()) {
                List<PriceDraft> prices = v.embeddedPrices().isEmpty()
                        ? draft.standalonePrices().getOrDefault(v.skuCode(), List.of()) : v.embeddedPrices();
                Money price = priceChoice.choose(prices, now).orElse(null);
                skus.add(new SkuItem(v.skuCode(), v.derived(), v.variantKey(), v.position(), v.attributesJson(),
                        v.imagesJson(), price, weights.gramsOf(v.attributes()), NetContents.of(v.attributes())));
                if (v.derived()) generated.add(p.key() + ": " + v.skuCode());
            }
            items.add(new ProductItem(p.key(), p.name(), p.description(), p.slug(), p.productType(), p.taxCategory(),
                    p.published(), List.copyOf(new TreeSet<>(p.categoryKeys())), skus,
                    taxMapping.profileOf(p.categoryKeys(), parents)));
        }
        ImportPlan plan = new ImportPlan(draft.categories(), items, draft.hasInventory() ? stock : null,
                draft.inventory().size() - stock.size(), List.copyOf(refused), draft.ignoredFiles(), generated);
        return new ReadOutcome(plan, List.of());
    }

    private static void checkSkuOwnership(List<ProductDraft> products, Map<String, String> storedOwners,
                                          ImportProblems problems) {
        Set<String> productKeys = new HashSet<>();
        products.forEach(p -> productKeys.add(p.key()));
        for (ProductDraft p : products) {
            for (VariantDraft v : p.variants()) {
                String owner = storedOwners.get(v.skuCode());
                if (owner != null && !owner.equals(p.key()) && !productKeys.contains(owner)) {
                    problems.inItem(PRODUCTS, p.fileIndex(), p.key(), v.path() + ": SKU '" + v.skuCode()
                            + "' belongs to stored product '" + owner + "', which this import does not contain");
                }
            }
        }
    }

    private List<StockItem> checkInventorySkus(List<InventoryDraft> rows, Map<String, String> fileSkus,
                                               Map<String, String> storedOwners, ImportProblems problems,
                                               List<String> refused) {
        Map<String, InventoryDraft> taken = takenRows(rows);
        List<StockItem> stock = new ArrayList<>();
        for (InventoryDraft row : rows) {
            InventoryDraft winner = taken.get(row.sku());
            if (!fileSkus.containsKey(row.sku()) && !storedOwners.containsKey(row.sku())) {
                problems.inItem(INVENTORY, row.index(), row.sku(),
                        "unknown SKU '" + row.sku() + "' (neither in products.json nor stored)");
            } else if (winner == row) {
                stock.add(new StockItem(row.sku(), row.onHand()));
            } else {
                String instead = winner == null
                        ? "its supply channel is not accepted (kaola.catalog.supply-channels) and the SKU has no row without one"
                        : winner.channel() == null ? "stock taken from the row without a supply channel"
                        : "stock taken from supply channel '" + winner.channel() + "'";
                refused.add(INVENTORY + " item " + row.index() + " (" + row.sku() + "): stock of supply channel '"
                        + row.channel() + "' skipped: " + instead);
            }
        }
        return stock;
    }

    /**
     * The import fills one bonded warehouse, so a SKU takes one row: the one without supply channel,
     * else the one of the first accepted supply channel it has.
     *
     * @return SKU code to its row; SKUs with rows of other supply channels only are absent
     */
    private Map<String, InventoryDraft> takenRows(List<InventoryDraft> rows) {
        Map<String, InventoryDraft> taken = new HashMap<>();
        for (InventoryDraft row : rows) {
            if (row.channel() == null) taken.put(row.sku(), row);
        }
        for (String channel : supplyChannels) {
            for (InventoryDraft row : rows) {
                if (channel.equals(row.channel())) taken.putIfAbsent(row.sku(), row);
            }
        }
        return taken;
    }
}
