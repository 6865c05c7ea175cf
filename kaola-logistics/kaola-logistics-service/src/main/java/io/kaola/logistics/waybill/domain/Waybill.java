package io.kaola.logistics.waybill.domain;

import io.kaola.common.money.Money;
import io.kaola.logistics.api.WaybillCreated;
import io.kaola.logistics.api.WaybillStatus;

import java.time.Instant;

/**
 * One order's waybill (one order = one waybill, cross-border.md §6).
 *
 * @param orderNo            the order
 * @param buyerId            its buyer
 * @param carrier            the adapter's code, e.g. "sandbox"
 * @param logisticsCode      the carrier's customs registration code
 * @param logisticsName      the carrier's name
 * @param logisticsNo        the waybill number
 * @param consignee          consignee name (as on the order)
 * @param consigneeTelephone consignee phone
 * @param consigneeAddress   province + city + district + detail
 * @param freight            freight on the waybill: the order's shipping, CNY fen (CEB311 freight = CEB511 freight)
 * @param weightGrams        gross weight, grams
 * @param warehouseCode      the bonded warehouse
 * @param status             its lifecycle status
 * @param createdAt          when the carrier issued it
 * @param shippedAt          when the carrier was told to ship; null before
 */
public record Waybill(String orderNo, long buyerId, String carrier, String logisticsCode, String logisticsName,
                      String logisticsNo, String consignee, String consigneeTelephone, String consigneeAddress,
                      Money freight, int weightGrams, String warehouseCode, WaybillStatus status, Instant createdAt,
                      Instant shippedAt) {

    /** @return the waybill-created event kaola-customs declares CEB511 from */
    public WaybillCreated toCreatedEvent() {
        return new WaybillCreated(orderNo, buyerId, logisticsCode, logisticsName, logisticsNo, consignee,
                consigneeTelephone, consigneeAddress, freight, weightGrams, warehouseCode, createdAt);
    }
}
