package io.kaola.logistics.api;

/**
 * A waybill's lifecycle (WaybillTransition in kaola-logistics-service): CREATED when the carrier issued it,
 * SHIPPED once customs released the list and the warehouse handed the parcel over, CANCELLED when customs rejected
 * the order for quota or identity (it will never ship).
 */
public enum WaybillStatus {
    /** Issued by the carrier; its number is in the waybill declaration (CEB511). */
    CREATED,
    /** Customs released the list (800) and the carrier was told to ship. */
    SHIPPED,
    /** The order will not ship (customs rejected it for quota or identity). */
    CANCELLED
}
