package io.kaola.product.catalogimport.infrastructure.commercetools;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kaola.product.catalog.infrastructure.CatalogJson;
import io.kaola.product.catalogimport.application.CatalogSource;
import io.kaola.product.catalogimport.domain.CatalogDraft;
import io.kaola.product.catalogimport.domain.CategoryItem;
import io.kaola.product.catalogimport.domain.ImportPlan;
import io.kaola.product.catalogimport.domain.ImportPlanner;
import io.kaola.product.catalogimport.domain.ImportProblems;
import io.kaola.product.catalogimport.domain.InventoryDraft;
import io.kaola.product.catalogimport.domain.KnownCatalog;
import io.kaola.product.catalogimport.domain.NetContents;
import io.kaola.product.catalogimport.domain.PriceDraft;
import io.kaola.product.catalogimport.domain.ProductDraft;
import io.kaola.product.catalogimport.domain.ReadOutcome;
import io.kaola.product.catalogimport.domain.SkuCodes;
import io.kaola.product.catalogimport.domain.SupplierPriceChoice;
import io.kaola.product.catalogimport.domain.TaxProfileMapping;
import io.kaola.product.catalogimport.domain.Weights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.kaola.product.catalogimport.domain.CatalogFiles.CATEGORIES;
import static io.kaola.product.catalogimport.domain.CatalogFiles.INVENTORY;
import static io.kaola.product.catalogimport.domain.CatalogFiles.KNOWN;
import static io.kaola.product.catalogimport.domain.CatalogFiles.PRODUCTS;
import static io.kaola.product.catalogimport.domain.CatalogFiles.STANDALONE_PRICES;

/**
 * {@link CatalogSource} for a directory in the commercetools draft format (one JSON array of drafts per file,
 * see https://docs.commercetools.com/api/projects/products#productdraft and the sibling draft types): parses
 * each file with Jackson ({@link CategoryDraftReader}, {@link ProductDraftReader}, {@link PriceDraftReader},
 * {@link InventoryDraftReader}), then lets the domain's {@link ImportPlanner} check across files and apply
 * the import's rules. Everything is validated before anything is written.
 * <p>
 * Two kinds of trouble, on purpose:
 * <ul>
 *   <li><b>malformed</b>: what the format forbids or what cannot be resolved (not JSON, not an array,
 *       a required field missing, a negative amount, an unknown currency, an unknown category or SKU,
 *       a duplicate key or SKU, a category cycle). Any of them refuses the whole import; the
 *       problems name file and item ({@link ImportProblems}).</li>
 *   <li><b>refused</b>: what the format allows but this platform does not take; the item is skipped,
 *       listed in {@link ImportPlan#refused()} and counted (inventory rows of a supply channel that are
 *       not the one row taken for their SKU, see {@link ImportPlanner}).</li>
 * </ul>
 * What is neither is imported as is: a SKU without a usable price is stored, not on sale; a variant
 * without a sku gets a derived code ({@link SkuCodes}); any attribute value is kept as JSON.
 * <p>
 * Cross-border data the format has no field for: each product's tax category and positive-list flag
 * come from its categories ({@link TaxProfileMapping}); each SKU's parcel weight ({@link Weights}) and
 * net content ({@link NetContents}) from its attributes. Wired in {@code io.kaola.product.config.ProductConfiguration}.
 */
public final class CommercetoolsCatalogSource implements CatalogSource {
    private final ImportPlanner planner;

    /**
     * @param priceChoice    which list price a SKU gets
     * @param weights        parcel weight of a SKU
     * @param taxMapping     cross-border tax profile of a product, from its categories
     * @param supplyChannels supply channel keys whose inventory row stocks a SKU that has no row without
     *                       supply channel, in order of preference (e.g. default-warehouse); empty: none
     */
    public CommercetoolsCatalogSource(SupplierPriceChoice priceChoice, Weights weights, TaxProfileMapping taxMapping,
                                      List<String> supplyChannels) {
        this.planner = new ImportPlanner(priceChoice, weights, taxMapping, supplyChannels);
    }

    /** A source that takes only inventory rows without supply channel. */
    public CommercetoolsCatalogSource(SupplierPriceChoice priceChoice, Weights weights, TaxProfileMapping taxMapping) {
        this(priceChoice, weights, taxMapping, List.of());
    }

    /** A source that gives every product GENERAL, importable. */
    public CommercetoolsCatalogSource(SupplierPriceChoice priceChoice, Weights weights) {
        this(priceChoice, weights, TaxProfileMapping.everything(TaxProfileMapping.TaxProfile.of("GENERAL", true)));
    }

    @Override
    public ReadOutcome read(Map<String, String> files, KnownCatalog known, Instant now) {
        Map<String, String> texts = files == null ? Map.of() : files;
        ImportProblems problems = new ImportProblems();
        List<String> ignored = new ArrayList<>(new TreeSet<>(texts.keySet().stream()
                .filter(name -> !KNOWN.contains(name)).toList()));
        Map<String, ArrayNode> arrays = new HashMap<>();
        for (String name : KNOWN) {
            if (texts.containsKey(name)) {
                ArrayNode array = parseArray(name, texts.get(name), problems);
                if (array != null) arrays.put(name, array);
            }
        }
        if (!texts.containsKey(PRODUCTS)) problems.inFile(PRODUCTS, "missing: a catalogue needs its products");
        // References across files cannot be checked once a file is unreadable.
        if (!problems.isEmpty()) return new ReadOutcome(null, problems.list());

        Map<String, String> storedCategories = known.categoryParents();
        List<CategoryItem> categories = CategoryDraftReader.read(arrays.get(CATEGORIES), storedCategories, problems);
        Set<String> categoryKeys = new HashSet<>(storedCategories.keySet());
        categories.forEach(c -> categoryKeys.add(c.key()));

        List<ProductDraft> products = ProductDraftReader.read(arrays.get(PRODUCTS), categoryKeys, problems);
        Map<String, List<PriceDraft>> standalone = PriceDraftReader.readStandalone(arrays.get(STANDALONE_PRICES),
                ImportPlanner.skuOwners(products), problems);
        List<InventoryDraft> inventory = InventoryDraftReader.read(arrays.get(INVENTORY), problems);

        return planner.plan(new CatalogDraft(categories, storedCategories, products, standalone, inventory,
                arrays.containsKey(INVENTORY), ignored), known, now, problems);
    }

    private static ArrayNode parseArray(String file, String text, ImportProblems problems) {
        if (text == null || text.isBlank()) {
            problems.inFile(file, "empty: expected a JSON array of drafts");
            return null;
        }
        try {
            JsonNode root = CatalogJson.mapper().readTree(text);
            if (root instanceof ArrayNode array) return array;
            problems.inFile(file, "not a JSON array (found " + root.getNodeType().name().toLowerCase() + ")");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.inFile(file, "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        }
        return null;
    }
}
