package io.kaola.product.catalogimport.infrastructure.commercetools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kaola.product.catalogimport.domain.ImportProblems;
import io.kaola.product.catalogimport.domain.InventoryDraft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.kaola.product.catalogimport.domain.CatalogFiles.INVENTORY;
import static io.kaola.product.catalogimport.infrastructure.commercetools.DraftItem.textOrNull;

/**
 * Reads inventory.json: commercetools {@code InventoryEntryDraft}s
 * (https://docs.commercetools.com/api/projects/inventory#inventoryentrydraft) into {@link InventoryDraft}s.
 * Which row a SKU takes is the import's rule ({@link io.kaola.product.catalogimport.domain.ImportPlanner}).
 */
final class InventoryDraftReader {
    private InventoryDraftReader() {}

    /**
     * @param array inventory.json, null when absent
     * @return the well-formed rows in file order; a second row of one SKU and supply channel is a problem
     */
    static List<InventoryDraft> read(ArrayNode array, ImportProblems problems) {
        List<InventoryDraft> rows = new ArrayList<>();
        if (array == null) return rows;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode row = array.get(i);
            String sku = row.isObject() ? textOrNull(row.get("sku")) : null;
            DraftItem item = new DraftItem(problems, INVENTORY, i, sku);
            if (!row.isObject()) { item.problem("must be a JSON object"); continue; }
            sku = item.text(row, "sku");
            JsonNode quantity = row.get("quantityOnStock");
            Long onHand = null;
            if (quantity == null || quantity.isNull()) item.problem("quantityOnStock is missing");
            else if (!quantity.isIntegralNumber() || !quantity.canConvertToLong()) item.problem("quantityOnStock must be a whole number");
            else if (quantity.asLong() < 0) item.problem("quantityOnStock is negative (" + quantity.asLong() + ")");
            else onHand = quantity.asLong();
            String channel = null;
            JsonNode supply = row.get("supplyChannel");
            if (supply != null && !supply.isNull()) {
                channel = supply.isObject() && textOrNull(supply.get("key")) != null ? supply.get("key").asText()
                        : supply.isObject() && textOrNull(supply.get("id")) != null ? "id:" + supply.get("id").asText()
                        : null;
                if (channel == null) item.problem("supplyChannel must be a reference with a key or id");
            }
            if (sku == null) { item.problem("sku is missing"); continue; }
            Integer previous = seen.putIfAbsent(sku + "\u0000" + channel, i);
            if (previous != null) item.problem("duplicate row for this SKU and supply channel (also item " + previous + ")");
            if (onHand != null) rows.add(new InventoryDraft(i, sku, onHand, channel));
        }
        return rows;
    }
}
