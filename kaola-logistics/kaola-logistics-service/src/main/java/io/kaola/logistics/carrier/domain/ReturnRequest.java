package io.kaola.logistics.carrier.domain;

/**
 * What a carrier needs to book a return pickup (逆向物流): collect the parcel at the order's delivery address and
 * bring it back to the bonded warehouse it left from.
 *
 * @param returnId      the return (the carrier is idempotent on it: booking again answers the same waybill)
 * @param orderNo       the order
 * @param warehouseCode the bonded warehouse the parcel goes back to (the outbound waybill's)
 * @param sender        who hands the parcel over: the order's consignee
 * @param telephone     their phone
 * @param province      pickup province
 * @param city          pickup city
 * @param district      pickup district
 * @param detail        street and number
 */
public record ReturnRequest(String returnId, String orderNo, String warehouseCode, String sender, String telephone,
                            String province, String city, String district, String detail) {

    /** @return province, city, district and detail as one line, as on the return waybill */
    public String fullAddress() {
        return String.join("", nz(province), nz(city), nz(district), nz(detail));
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
