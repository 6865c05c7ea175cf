package io.kaola.customs.declaration.domain;

import java.time.Instant;
import java.util.List;

/**
 * What the order declaration (CEB311) and the list (CEB621) are built from: the paid order, its SKUs and the buyer's
 * full identity (allow-listed call to kaola-user). {@link #toString()} masks the identity number.
 *
 * @param orderNo          the order
 * @param buyerId          its buyer (buyerRegNo)
 * @param paymentNo        the payment that paid it
 * @param payTransactionId the provider's transaction id
 * @param paidAt           when it was paid
 * @param goodsFen         goods before price reductions, CNY fen
 * @param discountFen      real price reductions (they lower goodsValue), CNY fen
 * @param shippingFen      shipping (freight), CNY fen
 * @param taxFen           comprehensive tax, CNY fen
 * @param totalFen         what the buyer paid, CNY fen
 * @param consignee        consignee name
 * @param phone            consignee phone (also used as buyerTelephone: UNVERIFIED, the order has no buyer phone)
 * @param province         address province
 * @param city             address city
 * @param district         address district
 * @param detail           street and number
 * @param buyerName        the buyer's real name
 * @param buyerIdNumber    the buyer's full identity number (never logged)
 * @param lines            the order lines, in order
 */
public record OrderFacts(String orderNo, long buyerId, String paymentNo, String payTransactionId, Instant paidAt,
                         long goodsFen, long discountFen, long shippingFen, long taxFen, long totalFen,
                         String consignee, String phone, String province, String city, String district, String detail,
                         String buyerName, String buyerIdNumber, List<Line> lines) {
    public OrderFacts {
        lines = List.copyOf(lines);
    }

    /** @return province + city + district + detail, without separators */
    public String consigneeAddress() {
        return nz(province) + nz(city) + nz(district) + nz(detail);
    }

    /** @return the same facts with another identity (the ciphertext is stored apart) */
    public OrderFacts withBuyerIdNumber(String idNumber) {
        return new OrderFacts(orderNo, buyerId, paymentNo, payTransactionId, paidAt, goodsFen, discountFen, shippingFen,
                taxFen, totalFen, consignee, phone, province, city, district, detail, buyerName, idNumber, lines);
    }

    private static String nz(String s) { return s == null ? "" : s.strip(); }

    @Override public String toString() {
        return "OrderFacts[orderNo=" + orderNo + ", buyerId=" + buyerId + ", buyerIdNumber="
                + IdentityMask.mask(buyerIdNumber) + ", lines=" + lines.size() + "]";
    }

    /**
     * One order line with what the list needs of its SKU.
     *
     * @param skuCode     SKU (itemNo)
     * @param itemName    product name (Chinese when the catalogue has it)
     * @param quantity    units
     * @param goodsFen    unit price × quantity, CNY fen
     * @param discountFen the line's price reduction, CNY fen
     * @param hsCode      HS code (gcode), null when the catalogue has none
     * @param weightGrams weight per unit, grams
     */
    public record Line(String skuCode, String itemName, int quantity, long goodsFen, long discountFen, String hsCode,
                       int weightGrams) {
        /** @return goods after the price reduction: the declared totalPrice, CNY fen */
        public long totalFen() { return goodsFen - discountFen; }
    }
}
