package io.kaola.logistics.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * Event on topic {@value #TOPIC}, key = orderNo: a carrier issued the waybill (运单) of a paid order. kaola-customs
 * declares it (CEB511) with these fields; the consignee must equal the order's (cross-border.md §4.4).
 *
 * @param orderNo            the order
 * @param buyerId            its buyer
 * @param logisticsCode      the carrier's customs registration code (CEB511/621 logisticsCode)
 * @param logisticsName      the carrier's registered name
 * @param logisticsNo        the waybill number (unique for 6 months, cross-border.md §4.3)
 * @param consignee          consignee name, as on the waybill
 * @param consigneeTelephone consignee phone
 * @param consigneeAddress   full address: province, city, district and detail
 * @param freight            freight charged on the waybill, CNY fen
 * @param weightGrams        gross weight of the parcel, grams
 * @param warehouseCode      the bonded warehouse the parcel leaves from
 * @param createdAt          when the carrier issued it
 */
public record WaybillCreated(String orderNo, long buyerId, String logisticsCode, String logisticsName,
                             String logisticsNo, String consignee, String consigneeTelephone, String consigneeAddress,
                             Money freight, int weightGrams, String warehouseCode, Instant createdAt)
        implements Serializable {
    public static final String TOPIC = "waybill-created";
}
