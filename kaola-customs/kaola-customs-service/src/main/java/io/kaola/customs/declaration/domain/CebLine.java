package io.kaola.customs.declaration.domain;

import java.math.BigDecimal;

/**
 * One goods line, as the order (OrderList) and the list (InventoryList) both carry it; §4.4 requires them equal.
 *
 * @param gnum       line number from 1
 * @param itemNo     our SKU code
 * @param itemName   goods name
 * @param gcode      HS code (list only; null in the order)
 * @param qty        quantity
 * @param unit       declared unit code
 * @param price      unit price, yuan
 * @param totalPrice price × qty, yuan (= the line's goods after price reductions)
 * @param country    origin country code
 */
public record CebLine(int gnum, String itemNo, String itemName, String gcode, int qty, String unit, BigDecimal price,
                      BigDecimal totalPrice, String country) {

    /** @return true when the declared goods are the same (gnum, item, name, quantity, unit, prices) */
    public boolean sameGoodsAs(CebLine other) {
        return gnum == other.gnum && itemNo.equals(other.itemNo) && itemName.equals(other.itemName)
                && qty == other.qty && unit.equals(other.unit) && price.compareTo(other.price) == 0
                && totalPrice.compareTo(other.totalPrice) == 0;
    }
}
