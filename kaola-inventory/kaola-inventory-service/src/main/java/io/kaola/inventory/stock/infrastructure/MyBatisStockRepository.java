package io.kaola.inventory.stock.infrastructure;

import io.kaola.inventory.stock.domain.SkuStock;
import io.kaola.inventory.stock.domain.StockRepository;
import org.springframework.stereotype.Repository;

import java.util.List;

/** {@link StockRepository} on MariaDB through {@link StockMapper} (guarded statements in mapper/StockMapper.xml). */
@Repository
public class MyBatisStockRepository implements StockRepository {
    private final StockMapper mapper;

    public MyBatisStockRepository(StockMapper mapper) { this.mapper = mapper; }

    @Override public SkuStock find(String skuCode, String warehouseCode) { return mapper.findBySkuAndWarehouse(skuCode, warehouseCode); }

    @Override public SkuStock lock(String skuCode, String warehouseCode) { return mapper.lockBySkuAndWarehouse(skuCode, warehouseCode); }

    @Override public List<SkuStock> findAll(String warehouseCode, List<String> skuCodes) {
        return mapper.findBySkusAndWarehouse(warehouseCode, skuCodes);
    }

    @Override public boolean reserve(String skuCode, String warehouseCode, int quantity) {
        return mapper.reserve(skuCode, warehouseCode, quantity) == 1;
    }

    @Override public boolean unreserve(String skuCode, String warehouseCode, int quantity) {
        return mapper.unreserve(skuCode, warehouseCode, quantity) == 1;
    }

    @Override public boolean deduct(String skuCode, String warehouseCode, int quantity) {
        return mapper.deduct(skuCode, warehouseCode, quantity) == 1;
    }

    @Override public boolean restock(String skuCode, String warehouseCode, int quantity) {
        return mapper.restock(skuCode, warehouseCode, quantity) == 1;
    }

    @Override public boolean createIfAbsent(String skuCode, String warehouseCode, long onHand) {
        return mapper.insertIgnore(skuCode, warehouseCode, onHand) == 1;
    }

    @Override public boolean setOnHand(String skuCode, String warehouseCode, long onHand) {
        return mapper.updateOnHand(skuCode, warehouseCode, onHand) == 1;
    }
}
