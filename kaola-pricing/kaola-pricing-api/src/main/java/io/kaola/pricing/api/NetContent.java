package io.kaola.pricing.api;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Net content of one unit of a SKU, for per-unit tax tests (e.g. high-end cosmetics: >= 10 CNY per ml or g,
 * or >= 15 CNY per piece, 财税〔2016〕103号).
 *
 * @param quantity positive amount, e.g. 15
 * @param unit     "ML", "G" or "PIECE"
 */
public record NetContent(BigDecimal quantity, String unit) implements Serializable {}
