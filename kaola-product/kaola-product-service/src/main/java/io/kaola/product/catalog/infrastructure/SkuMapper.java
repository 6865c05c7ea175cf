package io.kaola.product.catalog.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/** Statements on {@code sku}. */
@Mapper
public interface SkuMapper {

    List<SkuKeyRow> findByCodes(@Param("codes") Collection<String> codes);

    int insert(SkuWrite sku);

    int update(SkuWrite sku);

    /** Removes the SKUs of {@code spuId} that the import no longer lists. */
    int deleteOthersOfSpu(@Param("spuId") long spuId, @Param("keep") Collection<String> keep);

    /** @return the product's SKUs by position (master variant first) */
    List<SkuRow> findBySpuId(long spuId);

    List<SkuSnapshotRow> findSnapshots(@Param("codes") Collection<String> codes);

    /** @return the spu_id of the SKU, null for an unknown code */
    Long findSpuIdByCode(String skuCode);

    /** Reads and locks the row (SELECT ... FOR UPDATE) until the transaction ends. @return null for an unknown code */
    SkuContentRow lockContent(String skuCode);

    /** Ops edit: writes the complete resulting content and marks it as set by ops. @return rows matched */
    int updateContent(@Param("skuCode") String skuCode, @Param("weightGrams") int weightGrams,
                      @Param("netQuantity") BigDecimal netQuantity, @Param("netUnit") String netUnit);
}
