package io.kaola.gateway.order;

import io.kaola.common.error.CommonError;
import io.kaola.gateway.auth.Caller;

/**
 * Whose identity and quota a price trial uses. A shopper's trial is always for themself; ops may run one
 * for any user (the issue: "Ops can run a trial for any user, SKU set and date").
 */
final class TrialBuyer {
    private TrialBuyer() {}

    /**
     * @param caller    who asks
     * @param requested the body's userId, null for the caller
     * @return the buyer id to price for
     * @throws io.kaola.common.error.KaolaException COMMON_FORBIDDEN when a shopper names another user
     */
    static long of(Caller caller, Long requested) {
        if (requested == null || requested == caller.userId()) return caller.userId();
        if (caller.isOps()) return requested;
        throw CommonError.FORBIDDEN.exception("a shopper's price trial is for themself: leave userId out");
    }
}
