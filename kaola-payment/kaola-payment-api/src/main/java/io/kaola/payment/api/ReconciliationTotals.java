package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * Our books for the window, after the repairs: CNY, minor units (fen).
 *
 * @param paymentsSucceeded the sum of our payments SUCCEEDED in the window (by the provider's paid time)
 * @param refundsSucceeded  the sum of our refunds SUCCEEDED in the window (by their decision time)
 * @param net               paymentsSucceeded − refundsSucceeded (may be negative)
 */
public record ReconciliationTotals(Money paymentsSucceeded, Money refundsSucceeded, Money net) implements Serializable {}
