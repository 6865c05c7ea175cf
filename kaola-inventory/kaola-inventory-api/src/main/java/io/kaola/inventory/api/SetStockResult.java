package io.kaola.inventory.api;

import java.io.Serializable;

/** Counts of stock rows: created, updated and unchanged. */
public record SetStockResult(int created, int updated, int unchanged) implements Serializable {}
