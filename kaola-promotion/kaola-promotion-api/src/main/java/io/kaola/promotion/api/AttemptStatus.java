package io.kaola.promotion.api;

/** QUEUED (admitted, order being created) → ORDERED (order placed, pay it) or FAILED (reason given, unit given back). */
public enum AttemptStatus { QUEUED, ORDERED, FAILED }
