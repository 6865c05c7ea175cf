package io.kaola.product.catalog.infrastructure;

import io.kaola.product.api.CategoryView;
import io.kaola.product.catalog.domain.CategoryRepository;
import org.springframework.stereotype.Repository;

import java.util.List;

/** {@link CategoryRepository} on MyBatis ({@link CategoryMapper}, table {@code category}). */
@Repository
public class MyBatisCategoryRepository implements CategoryRepository {
    private final CategoryMapper categories;

    public MyBatisCategoryRepository(CategoryMapper categories) { this.categories = categories; }

    @Override
    public List<CategoryView> findAll() {
        return categories.findAll().stream().map(c -> new CategoryView(c.categoryKey(), c.parentKey(),
                StoredJson.localized(c.nameJson()), c.orderHint())).toList();
    }

    @Override
    public boolean exists(String categoryKey) { return categories.countByKey(categoryKey) > 0; }
}
