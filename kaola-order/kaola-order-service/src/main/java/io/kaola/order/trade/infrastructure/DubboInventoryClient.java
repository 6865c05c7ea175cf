package io.kaola.order.trade.infrastructure;

import io.kaola.inventory.api.ReservationView;
import io.kaola.inventory.api.RestockLine;
import io.kaola.inventory.api.RestockRequest;
import io.kaola.order.trade.application.InventoryClient;
import io.kaola.inventory.api.ReserveStockRequest;
import io.kaola.inventory.api.StockReservationService;
import io.kaola.inventory.api.StockLevel;
import io.kaola.inventory.api.StockService;
import io.kaola.inventory.api.StockHoldService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link InventoryClient} over Dubbo. Dubbo never retries reserve or deduct by itself; reserve is
 * idempotent on orderNo, so {@link #reserve} retries once, explicitly, after a timeout.
 * release is idempotent and is the compensation, so Dubbo retries it.
 */
@Component
public class DubboInventoryClient implements InventoryClient {
    private static final Logger log = LoggerFactory.getLogger(DubboInventoryClient.class);

    @DubboReference(check = false, timeout = 3000, methods = {
            @Method(name = "reserve", timeout = 3000, retries = 0),
            @Method(name = "deduct", timeout = 3000, retries = 0),
            @Method(name = "release", timeout = 3000, retries = 2),
            @Method(name = "restock", timeout = 3000, retries = 2)})
    private StockReservationService stock;

    @DubboReference(check = false, timeout = 2000, retries = 2)
    private StockService levels;

    @DubboReference(check = false, timeout = 3000, retries = 0)
    private StockHoldService holds;

    @Override
    public Map<String, Long> available(List<String> skuCodes) {
        Map<String, Long> available = new HashMap<>();
        for (StockLevel level : levels.getStock(null, skuCodes)) {
            available.put(level.skuCode(), level.available());
        }
        return available;
    }

    @Override
    public ReservationView reserve(ReserveStockRequest request) {
        try {
            return stock.reserve(request);
        } catch (RpcException e) {
            if (!e.isTimeout()) throw e;
            log.warn("reserve for order {} timed out, retrying once with the same order number", request.orderNo());
            return stock.reserve(request);
        }
    }

    @Override
    public ReservationView reserveFromHold(String holdId, String orderNo, int quantity) {
        try {
            return holds.reserveFromHold(holdId, orderNo, quantity);
        } catch (RpcException e) {
            if (!e.isTimeout()) throw e;
            log.warn("reserve from hold {} for order {} timed out, retrying once with the same order number", holdId, orderNo);
            return holds.reserveFromHold(holdId, orderNo, quantity);
        }
    }

    @Override
    public void release(String orderNo) { stock.release(orderNo); }

    @Override
    public ReservationView deduct(String orderNo) { return stock.deduct(orderNo); }

    /** Idempotent on (orderNo, restockKey) in kaola-inventory, so Dubbo retries it. */
    @Override
    public ReservationView restock(String orderNo, String restockKey, List<RestockLine> lines) {
        return stock.restock(new RestockRequest(orderNo, restockKey, lines));
    }
}
