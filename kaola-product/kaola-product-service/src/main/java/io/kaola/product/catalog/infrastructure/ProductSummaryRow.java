package io.kaola.product.catalog.infrastructure;

/** A published SPU with its master variant's images and price, for listings. */
public record ProductSummaryRow(long id, String spuKey, String nameJson, String imagesJson, Long supplierPriceMinor,
                                String supplierCurrency) {}
