package io.kaola.order.trade.domain;

import java.time.Duration;

/**
 * Order anti-spam (刷单, issue 13 §4): at most {@code maxAccounts} distinct buyer accounts may order for one address
 * phone, or for one identity (its identity key), within any sliding {@code window}. An account already counted in the
 * window always passes (a repeat buyer is never refused); the next new account over the rule is refused with 429
 * RISK_ORDER_BURST before anything is reserved. Defaults and reasons: docs/governance.md#risk-control.
 *
 * @param maxAccounts distinct accounts allowed per window, at least 1
 * @param window      the sliding window, 1 s to 7 days
 */
public record OrderBurstRule(int maxAccounts, Duration window) {
    public OrderBurstRule {
        if (maxAccounts < 1) throw new IllegalArgumentException("an order-burst rule needs maxAccounts >= 1, not " + maxAccounts);
        if (window == null || window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("an order-burst rule's window must be 1s..7d, not " + window);
        }
    }

    /**
     * The decision on the distinct accounts counted in the window (the counting itself is Redis's, atomically).
     *
     * @param accountsInWindow   distinct accounts that ordered for the subject within the window, before this order
     * @param buyerAlreadyCounted whether this order's buyer is one of them
     * @return true when this order is admitted
     */
    public boolean admits(long accountsInWindow, boolean buyerAlreadyCounted) {
        return buyerAlreadyCounted || accountsInWindow < maxAccounts;
    }
}
