package io.kaola.inventory.api;

/** OPEN: units set aside, orders take from it. CLOSED: what was left went back to available stock. */
public enum HoldStatus { OPEN, CLOSED }
