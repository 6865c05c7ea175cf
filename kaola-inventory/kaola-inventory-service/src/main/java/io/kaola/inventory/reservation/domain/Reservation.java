package io.kaola.inventory.reservation.domain;

import io.kaola.common.error.CommonError;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stock held for one order in one warehouse.
 *
 * @param orderNo       the order (and idempotency key of the reservation)
 * @param warehouseCode bonded warehouse
 * @param status        RESERVED, DEDUCTED or RELEASED; moved only by {@link ReservationTransition}
 * @param lines         one per SKU, sorted by skuCode
 * @param holdId        the stock hold (flash sale) a flash order's units were taken from, or null for a reservation
 *                      of available stock; releasing it gives the units back to that hold while it is OPEN
 */
public record Reservation(String orderNo, String warehouseCode, ReservationStatus status, List<ReservationLine> lines,
                          String holdId) {
    /** Upper bound of one line: a cart line beyond this is a typo or abuse, not a purchase. */
    public static final int MAX_QUANTITY_PER_LINE = 999;
    /** Width of the order_no column. */
    public static final int MAX_ORDER_NO_LENGTH = 64;

    public Reservation {
        lines = List.copyOf(lines);
    }

    /** A reservation of available stock (no hold): {@code holdId} is null. */
    public Reservation(String orderNo, String warehouseCode, ReservationStatus status, List<ReservationLine> lines) {
        this(orderNo, warehouseCode, status, lines, null);
    }

    /** @return true when the units were taken from a stock hold ({@link #holdId()} is set) */
    public boolean fromHold() { return holdId != null; }

    /** @return this reservation in {@code newStatus}, everything else as it is */
    public Reservation withStatus(ReservationStatus newStatus) {
        return new Reservation(orderNo, warehouseCode, newStatus, lines, holdId);
    }

    /**
     * Checks the lines of a reservation request before anything is written.
     *
     * @param orderNo the order, non-blank, at most 64 characters
     * @param lines   (skuCode, quantity) pairs
     * @return the lines sorted by skuCode, the order in which stock rows are locked (so that two
     *         reservations over the same SKUs wait for each other instead of deadlocking)
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (blank orderNo or skuCode),
     *         INVENTORY_INVALID_QUANTITY (no lines, a quantity outside 1..999, a SKU twice)
     */
    public static List<ReservationLine> checkRequest(String orderNo, List<ReservationLine> lines) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > MAX_ORDER_NO_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("orderNo must be 1.." + MAX_ORDER_NO_LENGTH + " characters");
        }
        if (lines == null || lines.isEmpty()) {
            throw InventoryError.INVALID_QUANTITY.exception("a reservation needs at least one line");
        }
        Set<String> seen = new HashSet<>();
        for (ReservationLine line : lines) {
            if (line == null || line.skuCode() == null || line.skuCode().isBlank()) {
                throw CommonError.INVALID_REQUEST.exception("every line needs a skuCode");
            }
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY_PER_LINE) {
                throw InventoryError.INVALID_QUANTITY.exception("quantity of sku " + line.skuCode() + " must be 1.."
                        + MAX_QUANTITY_PER_LINE + ", was " + line.quantity());
            }
            if (!seen.add(line.skuCode())) {
                throw InventoryError.INVALID_QUANTITY.exception("sku " + line.skuCode()
                        + " appears on more than one line; put its total quantity on one line");
            }
        }
        return lines.stream().sorted(Comparator.comparing(ReservationLine::skuCode)).toList();
    }
}
