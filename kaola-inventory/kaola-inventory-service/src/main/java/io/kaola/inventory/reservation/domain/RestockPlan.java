package io.kaola.inventory.reservation.domain;

import io.kaola.common.error.CommonError;
import io.kaola.inventory.api.InventoryError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one restock puts back, per SKU, decided from what the order deducted (its reservation's lines) minus what
 * earlier restocks put back: never more than that is left, so the total restocked per SKU never exceeds the
 * deduction. Plain rules, no I/O; {@code RestockStock} runs it under the reservation's row lock.
 *
 * @param lines      the units to put back now, one per SKU, sorted by skuCode (the stock rows' lock order); empty when
 *                   nothing is left and the request named no lines
 * @param transition RESTOCK when nothing is left out after this restock, RESTOCK_PART when some units stay sold
 * @param excess     why the request asks for more than is left (or for a SKU the order does not have), or null when
 *                   it fits; thrown as INVENTORY_INVALID_QUANTITY after the status was checked by the table
 */
public record RestockPlan(List<ReservationLine> lines, ReservationTransition transition, String excess) {
    /** Width of the restock_key column. */
    public static final int MAX_RESTOCK_KEY_LENGTH = 64;

    public RestockPlan {
        lines = List.copyOf(lines);
    }

    /**
     * Checks a restock request before anything is read or written.
     *
     * @param orderNo    the order, 1..64 characters
     * @param restockKey 1..{@value #MAX_RESTOCK_KEY_LENGTH} characters
     * @param lines      (skuCode, quantity 1..999), each SKU once; empty = every unit left
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (blank orderNo, restockKey or skuCode, or
     *         too long), INVENTORY_INVALID_QUANTITY (quantity outside 1..999, a SKU twice)
     */
    public static void checkRequest(String orderNo, String restockKey, List<ReservationLine> lines) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > Reservation.MAX_ORDER_NO_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("orderNo must be 1.." + Reservation.MAX_ORDER_NO_LENGTH + " characters");
        }
        if (restockKey == null || restockKey.isBlank() || restockKey.length() > MAX_RESTOCK_KEY_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("restockKey must be 1.." + MAX_RESTOCK_KEY_LENGTH + " characters");
        }
        Set<String> seen = new HashSet<>();
        for (ReservationLine line : lines) {
            if (line == null || line.skuCode() == null || line.skuCode().isBlank()) {
                throw CommonError.INVALID_REQUEST.exception("every restock line needs a skuCode");
            }
            if (line.quantity() < 1 || line.quantity() > Reservation.MAX_QUANTITY_PER_LINE) {
                throw InventoryError.INVALID_QUANTITY.exception("restock quantity of sku " + line.skuCode() + " must be 1.."
                        + Reservation.MAX_QUANTITY_PER_LINE + ", was " + line.quantity());
            }
            if (!seen.add(line.skuCode())) {
                throw InventoryError.INVALID_QUANTITY.exception("sku " + line.skuCode()
                        + " appears on more than one restock line; put its total quantity on one line");
            }
        }
    }

    /**
     * @param reservation the order's reservation; its lines are the deducted units
     * @param done        every unit restocked for the order so far
     * @param asked       the request's lines (checked by {@link #checkRequest}); empty = every unit left
     * @return the plan; {@link #excess()} set when asked exceeds what is left
     */
    public static RestockPlan of(Reservation reservation, List<RestockedUnits> done, List<ReservationLine> asked) {
        Map<String, Integer> left = new TreeMap<>();
        for (ReservationLine line : reservation.lines()) left.put(line.skuCode(), line.quantity());
        for (RestockedUnits units : done) left.merge(units.skuCode(), -units.quantity(), Integer::sum);

        Map<String, Integer> now = new LinkedHashMap<>();
        String excess = null;
        if (asked.isEmpty()) {
            left.forEach((sku, units) -> { if (units > 0) now.put(sku, units); });
        } else {
            for (ReservationLine line : asked.stream().sorted(Comparator.comparing(ReservationLine::skuCode)).toList()) {
                Integer units = left.get(line.skuCode());
                if (units == null) {
                    excess = "order " + reservation.orderNo() + " has no sku " + line.skuCode();
                    break;
                }
                if (line.quantity() > units) {
                    excess = "only " + Math.max(0, units) + " of sku " + line.skuCode() + " of order "
                            + reservation.orderNo() + " are left to restock, " + line.quantity() + " asked";
                    break;
                }
                now.put(line.skuCode(), line.quantity());
            }
        }
        boolean complete = left.entrySet().stream().allMatch(e -> e.getValue() - now.getOrDefault(e.getKey(), 0) <= 0);
        List<ReservationLine> lines = new ArrayList<>();
        if (excess == null) now.forEach((sku, units) -> lines.add(new ReservationLine(sku, units)));
        return new RestockPlan(lines, complete ? ReservationTransition.RESTOCK : ReservationTransition.RESTOCK_PART, excess);
    }

    /** @throws io.kaola.common.error.KaolaException INVENTORY_INVALID_QUANTITY when the request exceeds what is left */
    public void checkWithinLeft() {
        if (excess != null) throw InventoryError.INVALID_QUANTITY.exception(excess);
    }

    /** @return true when nothing is to be put back */
    public boolean isEmpty() { return lines.isEmpty(); }
}
