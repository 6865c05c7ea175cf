package io.kaola.inventory.stock.domain;

import java.util.List;

/**
 * Where stock per SKU and warehouse is kept. Every write is guarded so that no row oversells (the database
 * evaluates the guard under the row lock); locking reads and writes run in the caller's transaction.
 */
public interface StockRepository {

    /** @return the stock as of this transaction's read view, or null for a SKU not stocked in the warehouse */
    SkuStock find(String skuCode, String warehouseCode);

    /** @return the current stock, locked until the transaction ends, or null */
    SkuStock lock(String skuCode, String warehouseCode);

    /** @return the stock of those SKUs that exist in the warehouse, sorted by skuCode */
    List<SkuStock> findAll(String warehouseCode, List<String> skuCodes);

    /** Holds {@code quantity} units if that many are available. @return true if held, false if unknown SKU or too few */
    boolean reserve(String skuCode, String warehouseCode, int quantity);

    /** Gives back held units. @return true, or false if fewer than {@code quantity} are held (a bug) */
    boolean unreserve(String skuCode, String warehouseCode, int quantity);

    /** Turns held units into shipped ones: on-hand and reserved both go down. @return true, or false (a bug) */
    boolean deduct(String skuCode, String warehouseCode, int quantity);

    /**
     * Puts sold units back on hand (a cancelled paid order, a return): on-hand goes up, reserved does not move, so
     * available goes up by the same.
     *
     * @return true, or false if the SKU is not stocked in the warehouse (a bug: a deducted SKU has a row)
     */
    boolean restock(String skuCode, String warehouseCode, int quantity);

    /** @return true if the stock was created with {@code onHand} units and nothing reserved, false if it already exists */
    boolean createIfAbsent(String skuCode, String warehouseCode, long onHand);

    /** Sets on-hand, never below reserved. @return true, or false if it would go below reserved */
    boolean setOnHand(String skuCode, String warehouseCode, long onHand);
}
