package io.kaola.product.catalog.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

import java.util.List;

/** Statements on {@code category}. */
@Mapper
public interface CategoryMapper {

    /** @return every category, unordered */
    List<CategoryRow> findAll();

    int insert(CategoryRow row);

    int update(CategoryRow row);

    @Select("SELECT COUNT(*) FROM category WHERE category_key = #{key}")
    int countByKey(String key);
}
