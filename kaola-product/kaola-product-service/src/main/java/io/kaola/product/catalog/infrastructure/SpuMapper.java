package io.kaola.product.catalog.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.Collection;
import java.util.List;

/** Statements on {@code spu} and {@code spu_category}. */
@Mapper
public interface SpuMapper {

    List<SpuKeyRow> findByKeys(@Param("keys") Collection<String> keys);

    /** Inserts and sets {@code spu.id} to the generated id. */
    int insert(SpuWrite spu);

    int update(SpuWrite spu);

    int deleteCategories(long spuId);

    int insertCategories(@Param("spuId") long spuId, @Param("categoryKeys") List<String> categoryKeys);

    /** @return the row, null when there is none */
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

    /** @return the product's category keys, sorted */
    List<String> findCategoryKeys(long spuId);

    /** @param categoryKey null for every published product */
    List<ProductSummaryRow> findPublishedPage(@Param("categoryKey") String categoryKey, @Param("offset") long offset,
                                              @Param("size") int size);

    long countPublished(@Param("categoryKey") String categoryKey);
}
