package io.kaola.inventory.api;

/**
 * RESERVED → DEDUCTED on payment, or RESERVED → RELEASED on cancel/failure; DEDUCTED → RESTOCKED once every
 * deducted unit is back on hand (a paid order cancelled before it left the bonded warehouse, or returned).
 * A reservation with only some units restocked stays DEDUCTED.
 */
public enum ReservationStatus { RESERVED, DEDUCTED, RELEASED, RESTOCKED }
