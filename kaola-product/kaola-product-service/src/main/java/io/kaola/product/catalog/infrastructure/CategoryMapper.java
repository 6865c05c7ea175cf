package io.kaola.product.catalog.infrastructure;

import org.apache.ibatis.annotations.Mapper;

import java.util.List;

/** Statements on {@code category}. */
@Mapper
public interface CategoryMapper {

    /** @return every category, unordered */
    List<CategoryRow> findAll();

    int insert(CategoryRow row);

    int update(CategoryRow row);

    /** @return 1 when a category has this key, else 0 */
    int countByKey(String key);
}
