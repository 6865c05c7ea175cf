package io.kaola.inventory.api;

/** RESERVED → DEDUCTED on payment, or RESERVED → RELEASED on cancel/failure. */
public enum ReservationStatus { RESERVED, DEDUCTED, RELEASED }
