package io.kaola.customs.declaration.domain;

import java.time.Instant;

/**
 * What the waybill declaration (CEB511) is built from: kaola-logistics' WaybillCreated.
 *
 * @param orderNo            the order
 * @param logisticsCode      carrier's customs code
 * @param logisticsName      carrier's name
 * @param logisticsNo        waybill number
 * @param consignee          consignee name on the waybill
 * @param consigneeTelephone consignee phone on the waybill
 * @param consigneeAddress   full address on the waybill
 * @param freightFen         freight on the waybill, CNY fen
 * @param weightGrams        gross weight, grams
 * @param warehouseCode      the bonded warehouse
 * @param createdAt          when the carrier issued it
 */
public record WaybillFacts(String orderNo, String logisticsCode, String logisticsName, String logisticsNo,
                           String consignee, String consigneeTelephone, String consigneeAddress, long freightFen,
                           int weightGrams, String warehouseCode, Instant createdAt) {}
