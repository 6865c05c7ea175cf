package io.kaola.product.catalog.infrastructure;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.util.Collection;
import java.util.List;

/** Statements on {@code spu} and {@code spu_category}. */
@Mapper
public interface SpuMapper {

    List<SpuKeyRow> findByKeys(@Param("keys") Collection<String> keys);

    /** Inserts and sets {@code spu.id} to the generated id. */
    int insert(SpuWrite spu);

    int update(SpuWrite spu);

    @Delete("DELETE FROM spu_category WHERE spu_id = #{spuId}")
    int deleteCategories(long spuId);

    int insertCategories(@Param("spuId") long spuId, @Param("categoryKeys") List<String> categoryKeys);

    @Select("SELECT id, spu_key, name_json, description_json, published, tax_category_code, importable, hs_code"
            + " FROM spu WHERE id = #{id}")
    SpuRow findById(long id);

    /**
     * Ops edit of a product's tax profile; a null argument leaves its column unchanged. Setting the tax
     * category or the positive-list flag marks the profile as set by ops (imports then leave it).
     *
     * @param changeHsCode true to write {@code hsCode} (null clears it)
     * @return rows matched (0: no such product)
     */
    int updateTaxProfile(@Param("spuId") long spuId, @Param("taxCategoryCode") String taxCategoryCode,
                         @Param("importable") Boolean importable, @Param("changeHsCode") boolean changeHsCode,
                         @Param("hsCode") String hsCode);

    @Select("SELECT category_key FROM spu_category WHERE spu_id = #{spuId} ORDER BY category_key")
    List<String> findCategoryKeys(long spuId);

    /** @param categoryKey null for every published product */
    List<ProductSummaryRow> findPublishedPage(@Param("categoryKey") String categoryKey, @Param("offset") long offset,
                                              @Param("size") int size);

    long countPublished(@Param("categoryKey") String categoryKey);
}
