package io.kaola.inventory.stock.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.SetStockRequest;
import io.kaola.inventory.api.SetStockResult;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.StockService;
import io.kaola.inventory.stock.application.GetStock;
import io.kaola.inventory.stock.application.SetStock;
import io.kaola.inventory.stock.domain.StockCount;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.List;

/** Dubbo face of stock levels. */
@DubboService(timeout = 3000, methods = {
        @Method(name = "getStock", timeout = 2000, retries = 2),
        @Method(name = "setStock", timeout = 10000)}) // a catalogue import may carry thousands of SKUs
public class StockServiceProvider implements StockService {
    private final GetStock getStock;
    private final SetStock setStock;

    public StockServiceProvider(GetStock getStock, SetStock setStock) {
        this.getStock = getStock;
        this.setStock = setStock;
    }

    @Override
    public List<StockLevel> getStock(String warehouseCode, List<String> skuCodes) {
        return getStock.levels(warehouseCode, skuCodes).stream()
                .map(r -> new StockLevel(r.skuCode(), r.warehouseCode(), r.onHand(), r.reserved(), r.available()))
                .toList();
    }

    @Override
    public SetStockResult setStock(SetStockRequest request) throws KaolaException {
        if (request == null) throw CommonError.INVALID_REQUEST.exception("a stock request is required");
        SetStock.Outcome outcome = setStock.set(request.warehouseCode(),
                request.entries().stream().map(e -> new StockCount(e.skuCode(), e.onHand())).toList());
        return new SetStockResult(outcome.created(), outcome.updated(), outcome.unchanged());
    }
}
