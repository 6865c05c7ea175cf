package io.kaola.logistics.carrier.domain;

/**
 * What a carrier needs to issue a waybill for one order's parcel.
 *
 * @param orderNo       the order (the carrier is idempotent on it: asking again answers the same waybill)
 * @param warehouseCode the bonded warehouse the parcel leaves from
 * @param consignee     consignee name, as on the order
 * @param telephone     consignee phone
 * @param province      province
 * @param city          city
 * @param district      district
 * @param detail        street and number
 * @param weightGrams   gross weight, grams
 */
public record WaybillRequest(String orderNo, String warehouseCode, String consignee, String telephone,
                             String province, String city, String district, String detail, int weightGrams) {

    /** @return province, city, district and detail as one line, as on the waybill (CEB511 consigneeAddress) */
    public String fullAddress() {
        return String.join("", nz(province), nz(city), nz(district), nz(detail));
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
