package io.kaola.payment.sandbox;

/** A sandbox transaction: OPEN until the payer confirms (PAID) or the merchant closes it (CLOSED); see {@link SandboxTransition}. */
public enum SandboxStatus { OPEN, PAID, CLOSED }
