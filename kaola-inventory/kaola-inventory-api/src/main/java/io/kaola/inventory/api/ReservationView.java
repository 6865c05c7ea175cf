package io.kaola.inventory.api;

import java.io.Serializable;
import java.util.List;

/**
 * @param orderNo       the order
 * @param warehouseCode bonded warehouse
 * @param status        RESERVED, DEDUCTED or RELEASED
 * @param lines         quantity held per SKU
 */
public record ReservationView(String orderNo, String warehouseCode, ReservationStatus status,
                              List<ReserveStockRequest.Line> lines) implements Serializable {}
