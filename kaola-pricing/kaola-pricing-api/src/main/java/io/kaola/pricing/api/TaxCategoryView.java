package io.kaola.pricing.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A cross-border tax category (docs/cross-border.md §2).
 *
 * @param code               e.g. "GENERAL", "COSMETICS", "WINE"
 * @param name               human name
 * @param vatRate            statutory import VAT rate, e.g. 0.13
 * @param consumptionTaxRate statutory ad-valorem CT rate, e.g. 0.15 (0 when none)
 * @param consumptionTaxBasis NONE, AD_VALOREM, COSMETICS_THRESHOLD (CT only at >= threshold per ml/g or piece),
 *                           WATCH_THRESHOLD (CT only at >= threshold per unit, excluding VAT)
 * @param thresholdPerUnit   the threshold of a *_THRESHOLD basis, CNY per ml/g (or per piece: thresholdPerPiece)
 * @param thresholdPerPiece  CNY per piece for COSMETICS_THRESHOLD, per unit for WATCH_THRESHOLD
 * @param mfnTariffRate      most-favoured-nation tariff rate, applied only to a single item over the limit
 * @param blocked            true: not sold through cross-border retail import (e.g. per-unit excise goods)
 * @param source             regulation behind the rates
 */
public record TaxCategoryView(String code, String name, BigDecimal vatRate, BigDecimal consumptionTaxRate,
                              String consumptionTaxBasis, Money thresholdPerUnit, Money thresholdPerPiece,
                              BigDecimal mfnTariffRate, boolean blocked, String source) implements Serializable {}
