package io.kaola.logistics.api;

/**
 * The one tracking vocabulary every carrier's codes are mapped to (../shared/design/fulfilment.md §1). The order of
 * the constants is the order of a parcel's journey: a parcel never moves to an earlier one, except that EXCEPTION
 * may happen anywhere after DECLARED and RETURNED ends the journey. Nothing is OUTBOUND before customs release (800).
 * A return parcel goes BOOKED, COLLECTED, IN_TRANSIT, RETURNED.
 */
public enum TrackingStatus {
    /** A return pickup is booked with the carrier, nothing happened yet (return parcels only; never published). */
    BOOKED,
    /** The inventory list was declared to customs. */
    DECLARED,
    /** Customs released the list (returnStatus 800): the warehouse may ship. */
    CLEARED,
    /** Customs rejected the list for quota or identity: the parcel will not ship. */
    CLEARANCE_FAILED,
    /** Picked and packed in the bonded warehouse. */
    PACKED,
    /** Left the bonded zone. */
    OUTBOUND,
    /** The carrier collected the parcel. */
    COLLECTED,
    /** On its way. */
    IN_TRANSIT,
    /** With the courier for delivery today. */
    OUT_FOR_DELIVERY,
    /** Signed for. */
    DELIVERED,
    /** A problem the carrier reported (address, refusal, damage); the journey may go on. */
    EXCEPTION,
    /** Sent back to the warehouse (a refused parcel, or a return parcel back in the bonded warehouse). */
    RETURNED
}
