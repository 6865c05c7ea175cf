package io.kaola.product.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/** Refusals of kaola-product; codes are "PRODUCT_" + name(), listed in docs/errors.md. */
public enum ProductError implements ErrorCode {
    NOT_FOUND(ErrorKind.NOT_FOUND, "Product not found"),
    CATEGORY_NOT_FOUND(ErrorKind.NOT_FOUND, "Category not found"),
    UNKNOWN_SKU(ErrorKind.NOT_FOUND, "Unknown SKU"),
    SKU_NOT_ON_SALE(ErrorKind.CONFLICT, "SKU not on sale"),
    IMPORT_REFUSED(ErrorKind.INVALID, "Catalogue import refused"),
    INVALID_TAX_PROFILE(ErrorKind.INVALID, "Invalid cross-border product data");

    private final ErrorKind kind;
    private final String title;

    ProductError(ErrorKind kind, String title) { this.kind = kind; this.title = title; }

    @Override public String prefix() { return "PRODUCT"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
