package io.kaola.inventory.api;

import java.io.Serializable;
import java.util.List;

/**
 * @param orderNo       the order
 * @param warehouseCode bonded warehouse
 * @param status        RESERVED, DEDUCTED, RELEASED or RESTOCKED
 * @param lines         quantity held (then deducted) per SKU, as reserved; a restock does not change them
 */
public record ReservationView(String orderNo, String warehouseCode, ReservationStatus status,
                              List<ReserveStockRequest.Line> lines) implements Serializable {}
