package io.kaola.logistics.returns.infrastructure;

import java.time.Instant;

/** A row of return_waybill. */
public record ReturnShipmentRow(String returnId, String orderNo, long buyerId, String carrier, String logisticsCode,
                                String logisticsName, String logisticsNo, String outboundLogisticsNo, String sender,
                                String senderTelephone, String pickupAddress, String warehouseCode, Instant bookedAt) {}
