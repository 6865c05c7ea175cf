package io.kaola.inventory.stock.infrastructure;

import io.kaola.inventory.stock.domain.SkuStock;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

/** Statements on {@code stock} (mapper/StockMapper.xml). Every write is guarded so that no row oversells. */
@Mapper
public interface StockMapper {

    /** @return the row as of this transaction's read view, or null for an unknown SKU */
    SkuStock findBySkuAndWarehouse(@Param("skuCode") String skuCode, @Param("warehouseCode") String warehouseCode);

    /** @return the current row, locked until the transaction ends, or null */
    SkuStock lockBySkuAndWarehouse(@Param("skuCode") String skuCode, @Param("warehouseCode") String warehouseCode);

    /** @return the rows of the given SKUs that exist in the warehouse, sorted by skuCode */
    List<SkuStock> findBySkusAndWarehouse(@Param("warehouseCode") String warehouseCode,
                                          @Param("skuCodes") List<String> skuCodes);

    /** Holds {@code quantity} units if that many are available. @return 1 if held, 0 if unknown SKU or too few */
    int reserve(@Param("skuCode") String skuCode, @Param("warehouseCode") String warehouseCode,
                @Param("quantity") int quantity);

    /** Gives back held units. @return 1, or 0 if fewer than {@code quantity} are held (a bug) */
    int unreserve(@Param("skuCode") String skuCode, @Param("warehouseCode") String warehouseCode,
                  @Param("quantity") int quantity);

    /** Turns held units into shipped ones: on-hand and reserved both go down. @return 1, or 0 (a bug) */
    int deduct(@Param("skuCode") String skuCode, @Param("warehouseCode") String warehouseCode,
               @Param("quantity") int quantity);

    /** Puts sold units back on hand: on-hand + quantity. @return 1, or 0 for an unknown row */
    int restock(@Param("skuCode") String skuCode, @Param("warehouseCode") String warehouseCode,
                @Param("quantity") int quantity);

    /** @return 1 if the row was created, 0 if it already exists */
    int insertIgnore(@Param("skuCode") String skuCode, @Param("warehouseCode") String warehouseCode,
                     @Param("onHand") long onHand);

    /** Sets on-hand, never below reserved. @return 1, or 0 if it would go below reserved */
    int updateOnHand(@Param("skuCode") String skuCode, @Param("warehouseCode") String warehouseCode,
                     @Param("onHand") long onHand);
}
