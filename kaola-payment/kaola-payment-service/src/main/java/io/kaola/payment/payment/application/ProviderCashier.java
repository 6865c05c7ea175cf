package io.kaola.payment.payment.application;

import io.kaola.common.money.Money;
import io.kaola.user.api.DeclarationIdentity;

/** The provider's side of opening a payment: after this the shopper can pay it at the provider's cashier. */
public interface ProviderCashier {

    /** @return the provider name this cashier belongs to, e.g. "sandbox" */
    String provider();

    /**
     * Registers the payment at the provider, with the buyer whose real-name identity the provider checks the payer
     * against (its notification reports SAME or DIFFERENT). Idempotent: opening the same payment again changes
     * nothing.
     *
     * @param paymentNo       our payment number (the provider echoes it in its notification)
     * @param merchantOrderNo the order paid, shown to the shopper
     * @param amount          amount to take, minor units
     * @param buyer           the verified buyer (name and full identity number): pass it on, never log or store it
     */
    void open(String paymentNo, String merchantOrderNo, Money amount, DeclarationIdentity buyer);
}
