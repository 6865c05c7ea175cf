package io.kaola.product.api;

import io.kaola.common.page.PageRequest;

import java.io.Serializable;

/**
 * @param categoryKey only products in this category (directly assigned); null for all published products
 * @param page        page and size (size 1..100)
 */
public record ListProductsRequest(String categoryKey, PageRequest page) implements Serializable {}
