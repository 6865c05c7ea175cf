package io.kaola.logistics.tracking.domain;

/**
 * A return parcel tracking applies pushes to (a return waybill booked by the returns feature).
 *
 * @param orderNo     the order
 * @param buyerId     its buyer
 * @param logisticsNo the return waybill's number
 * @param returnId    the return it carries back
 */
public record ReturnParcel(String orderNo, long buyerId, String logisticsNo, String returnId) {}
