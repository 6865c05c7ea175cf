package io.kaola.gateway.catalog;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.gateway.grey.GreyRouting;
import io.kaola.product.api.CatalogService;
import io.kaola.product.api.CategoryView;
import io.kaola.product.api.ListProductsRequest;
import io.kaola.product.api.ProductDetail;
import io.kaola.product.api.ProductSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The public storefront catalogue. */
@RestController
@RequestMapping("/api")
@Tag(name = "Catalogue", description = "Categories and products (public)")
public class CatalogController {
    private final CatalogService catalog;
    private final ProductDetailNearCache details;

    public CatalogController(CatalogService catalog, ProductDetailNearCache details) {
        this.catalog = catalog;
        this.details = details;
    }

    /** "?category=" means no category filter, as if the parameter were absent. */
    @InitBinder
    void blankMeansAbsent(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/categories")
    @Operation(summary = "Every category", description = "Parents before children, siblings by orderHint.")
    @ApiResponse(responseCode = "200", description = "The category tree, flattened")
    public List<CategoryView> categories() {
        return catalog.listCategories();
    }

    @GetMapping("/products")
    @Operation(summary = "A page of published products", description = "Ordered by product key.")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total}")
    @ApiResponse(responseCode = "400", description = "COMMON_INVALID_REQUEST (page < 0, size outside 1..100)")
    @ApiResponse(responseCode = "404", description = "PRODUCT_CATEGORY_NOT_FOUND")
    public Page<ProductSummary> products(
            @Parameter(description = "category key, e.g. armchairs; absent for all") @RequestParam(required = false) String category,
            @Parameter(description = "zero-based page") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "items per page, 1..100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return catalog.listProducts(new ListProductsRequest(category, new PageRequest(page, size)));
    }

    @GetMapping("/products/{spuId}")
    @Operation(summary = "A product with its SKUs, CNY prices and stock flags")
    @ApiResponse(responseCode = "200", description = "The product detail")
    @ApiResponse(responseCode = "404", description = "PRODUCT_NOT_FOUND (unknown or unpublished)")
    public ProductDetail product(@PathVariable long spuId) {
        // a caller in a grey release of kaola-product reads through to its grey instances, never the shared copy
        if (GreyRouting.tagFor("kaola-product") != null) return catalog.getProductDetail(spuId);
        return details.get(spuId, catalog::getProductDetail);
    }
}
