package io.kaola.promotion.seckill.domain;

import java.util.List;

/**
 * A sale's Redis state read in one script (so the numbers belong to one moment).
 *
 * @param units   units left, -1 when the sale is not warmed
 * @param queued  attempts admitted whose order is not created yet
 * @param ordered attempts that became orders
 * @param failed  attempts whose order could not be created
 */
public record GateSnapshot(int units, List<AttemptRecord> queued, int ordered, int failed) {
    public GateSnapshot { queued = List.copyOf(queued); }

    /** @return true when the sale is warmed */
    public boolean warmed() { return units >= 0; }
}
