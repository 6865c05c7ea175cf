package io.kaola.pricing.tax.domain;

/**
 * How the consumption tax (消费税) of a tax category is levied (docs/cross-border.md §2; CT table of 财税〔2006〕33号,
 * cosmetics: 财税〔2016〕103号).
 */
public enum ConsumptionTaxBasis {
    /** No consumption tax. */
    NONE,
    /** Ad valorem on every unit. */
    AD_VALOREM,
    /**
     * High-end cosmetics only: unit price >= the threshold per ml or g, or per piece; below it CT = 0.
     * Freight is left out of the test (UNVERIFIED, docs/cross-border.md §2).
     */
    COSMETICS_THRESHOLD,
    /** Watches only at or above the threshold per unit, excluding VAT. */
    WATCH_THRESHOLD
}
