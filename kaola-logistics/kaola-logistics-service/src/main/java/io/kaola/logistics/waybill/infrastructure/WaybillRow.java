package io.kaola.logistics.waybill.infrastructure;

import java.time.Instant;

/** A row of the waybill table. */
public record WaybillRow(String orderNo, long buyerId, String carrier, String logisticsCode, String logisticsName,
                         String logisticsNo, String consignee, String consigneeTelephone, String consigneeAddress,
                         long freightMinor, String currency, int weightGrams, String warehouseCode, String status,
                         Instant createdAt, Instant shippedAt) {}
