package io.kaola.payment.api;

import io.kaola.common.money.Money;

import java.io.Serializable;

/**
 * One thing a reconciliation found.
 *
 * @param kind           what is wrong
 * @param paymentNo      the payment concerned, null when the finding is about an unknown refund only
 * @param refundNo       the refund concerned, null for a payment finding
 * @param orderNo        its order, null when unknown
 * @param ours           our amount (minor units), null when we have no record
 * @param atProvider     the provider's amount (minor units), null when the provider has none
 * @param detail         what was compared and found, for ops (no identity number, no secret)
 * @param repair         REPAIRED or LISTED
 * @param repairDetail   what was done (REPAIRED), or why it is listed / why the repair failed (LISTED)
 */
public record ReconciliationFinding(FindingKind kind, String paymentNo, String refundNo, String orderNo, Money ours,
                                    Money atProvider, String detail, RepairOutcome repair, String repairDetail)
        implements Serializable {}
