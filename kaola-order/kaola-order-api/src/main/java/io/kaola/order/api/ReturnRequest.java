package io.kaola.order.api;

import java.io.Serializable;
import java.util.List;

/**
 * A shopper's return of some units of a delivered order.
 *
 * @param lines  which SKUs and how many units, each SKU once, 1..the units not yet returned
 * @param reason why, 1..255 characters (shown to ops)
 */
public record ReturnRequest(List<Line> lines, String reason) implements Serializable {
    public ReturnRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * @param skuCode  an SKU of the order
     * @param quantity units to return, ≥ 1
     */
    public record Line(String skuCode, int quantity) implements Serializable {}
}
