package io.kaola.payment.sandbox;

/**
 * A sandbox refund: PROCESSING until it SUCCEEDS (after {@code kaola.payment.sandbox.refund-delay}); FAILED when the
 * sandbox refused it at once. See {@link SandboxRefundTransition}.
 */
public enum SandboxRefundStatus { PROCESSING, SUCCEEDED, FAILED }
