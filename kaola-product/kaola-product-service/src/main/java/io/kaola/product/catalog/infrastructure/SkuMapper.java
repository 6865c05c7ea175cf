package io.kaola.product.catalog.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

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

    @Select("SELECT sku_code, spu_id, variant_key, position, attributes_json, images_json, supplier_price_minor,"
            + " supplier_currency, weight_grams FROM sku WHERE spu_id = #{spuId} ORDER BY position")
    List<SkuRow> findBySpuId(long spuId);

    List<SkuSnapshotRow> findSnapshots(@Param("codes") Collection<String> codes);

    @Select("SELECT spu_id FROM sku WHERE sku_code = #{skuCode}")
    Long findSpuIdByCode(String skuCode);

    @Select("SELECT sku_code, spu_id, weight_grams, net_quantity, net_unit FROM sku WHERE sku_code = #{skuCode} FOR UPDATE")
    SkuContentRow lockContent(String skuCode);

    /** Ops edit: writes the complete resulting content and marks it as set by ops. @return rows matched */
    int updateContent(@Param("skuCode") String skuCode, @Param("weightGrams") int weightGrams,
                      @Param("netQuantity") BigDecimal netQuantity, @Param("netUnit") String netUnit);
}
