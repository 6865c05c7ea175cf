package io.kaola.logistics.returns.domain;

import java.time.Instant;

/**
 * A return waybill (逆向物流): the carrier collects returned goods at the order's delivery address and brings them
 * back to the bonded warehouse. One per return id; its own number and tracking (the parcel keyed by
 * {@code logisticsNo}, whose tracking status is the return's status), never the outbound waybill's.
 *
 * @param returnId            the return (kaola-order's id; primary key)
 * @param orderNo             the order
 * @param buyerId             its buyer
 * @param carrier             the adapter's code (the outbound waybill's carrier), e.g. "sandbox"
 * @param logisticsCode       the carrier's customs registration code
 * @param logisticsName       the carrier's name
 * @param logisticsNo         the return waybill's number
 * @param outboundLogisticsNo the order's waybill the goods left on
 * @param sender              who hands the parcel over (the order's consignee)
 * @param senderTelephone     their phone
 * @param pickupAddress       province + city + district + detail
 * @param warehouseCode       the bonded warehouse it goes back to
 * @param bookedAt            when the carrier booked it
 */
public record ReturnShipment(String returnId, String orderNo, long buyerId, String carrier, String logisticsCode,
                             String logisticsName, String logisticsNo, String outboundLogisticsNo, String sender,
                             String senderTelephone, String pickupAddress, String warehouseCode, Instant bookedAt) {}
