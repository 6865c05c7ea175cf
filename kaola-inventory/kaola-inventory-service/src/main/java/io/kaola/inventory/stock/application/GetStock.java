package io.kaola.inventory.stock.application;

import io.kaola.inventory.stock.domain.SkuStock;
import io.kaola.inventory.stock.domain.StockRepository;
import io.kaola.inventory.stock.domain.WarehouseCode;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Objects;

/** Reads stock levels. */
@Service
public class GetStock {
    private final StockRepository stock;

    public GetStock(StockRepository stock) { this.stock = stock; }

    /**
     * @param warehouseCode bonded warehouse, null for the default
     * @param skuCodes      SKU codes (null, blank and repeated ones are ignored)
     * @return the stock of the SKUs known in the warehouse, sorted by skuCode
     */
    public List<SkuStock> levels(String warehouseCode, List<String> skuCodes) {
        // getStock declares no refusal, so a code no warehouse can have simply matches nothing
        if (skuCodes == null || (warehouseCode != null && warehouseCode.length() > WarehouseCode.MAX_LENGTH)) return List.of();
        String warehouse = WarehouseCode.orDefault(warehouseCode);
        List<String> wanted = skuCodes.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).distinct().toList();
        if (wanted.isEmpty()) return List.of();
        return stock.findAll(warehouse, wanted);
    }
}
