package io.kaola.inventory.stock.application;

import io.kaola.inventory.stock.domain.WarehouseCode;
import io.kaola.inventory.stock.infrastructure.StockMapper;
import io.kaola.inventory.stock.infrastructure.StockRow;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Objects;

/** Reads stock levels. */
@Service
public class GetStock {
    private final StockMapper stock;

    public GetStock(StockMapper stock) { this.stock = stock; }

    /**
     * @param warehouseCode bonded warehouse, null for the default
     * @param skuCodes      SKU codes (null, blank and repeated ones are ignored)
     * @return rows of the SKUs known in the warehouse, sorted by skuCode
     */
    public List<StockRow> levels(String warehouseCode, List<String> skuCodes) {
        // getStock declares no refusal, so a code no warehouse can have simply matches nothing
        if (skuCodes == null || (warehouseCode != null && warehouseCode.length() > WarehouseCode.MAX_LENGTH)) return List.of();
        String warehouse = WarehouseCode.orDefault(warehouseCode);
        List<String> wanted = skuCodes.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).distinct().toList();
        if (wanted.isEmpty()) return List.of();
        return stock.findBySkusAndWarehouse(warehouse, wanted);
    }
}
