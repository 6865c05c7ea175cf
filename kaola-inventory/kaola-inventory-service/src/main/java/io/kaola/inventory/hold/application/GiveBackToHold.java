package io.kaola.inventory.hold.application;

import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.hold.domain.HoldRepository;
import io.kaola.inventory.hold.domain.StockHold;
import io.kaola.inventory.reservation.application.HoldReturns;
import org.springframework.stereotype.Service;

/**
 * {@link HoldReturns} of the hold feature: a released flash order's units go back into its hold while the hold is
 * OPEN. Runs in the release's transaction.
 */
@Service
public class GiveBackToHold implements HoldReturns {
    private final HoldRepository holds;

    public GiveBackToHold(HoldRepository holds) { this.holds = holds; }

    /**
     * The hold is read under its lock (a close in progress finishes first, or waits for this release), then the
     * guarded UPDATE {@code remaining += quantity WHERE status = 'OPEN'} runs.
     *
     * @param holdId   the hold the reservation took its units from
     * @param quantity units, >= 1
     * @return true when the OPEN hold took them back; false when it is CLOSED, unknown, or the guarded UPDATE changed
     *         nothing: the caller gives them to available stock instead
     */
    @Override
    public boolean giveBack(String holdId, int quantity) {
        StockHold hold = holds.lock(holdId);
        if (hold == null || hold.status() != HoldStatus.OPEN) return false;
        return holds.giveBack(holdId, quantity);
    }
}
