package io.kaola.promotion.seckill.domain;

/**
 * The flash sale's one invariant while its hold is open: every unit in the hold is either still for sale in Redis or
 * taken by an admitted attempt whose order is not created yet, so {@code redisUnits + queued = holdRemaining}.
 * A placed order took its unit from both; a failed one gave it back to Redis and never took it from the hold; a
 * cancelled flash order gives its unit back to the hold only (drift below 0: a unit nobody can be admitted to).
 * Above 0, Redis would admit attempts the hold cannot serve (they fail and give back: no oversell, but shoppers are
 * told "queued" in vain).
 *
 * @param redisUnits    units left in Redis
 * @param queued        attempts admitted and not settled
 * @param holdRemaining units in the hold
 */
public record UnitDrift(int redisUnits, int queued, int holdRemaining) {
    /** No drift seen. */
    public static final UnitDrift NONE = new UnitDrift(0, 0, 0);

    /** @return the comparison of one Redis snapshot with the hold */
    public static UnitDrift of(GateSnapshot snapshot, int holdRemaining) {
        return new UnitDrift(Math.max(0, snapshot.units()), snapshot.queued().size(), holdRemaining);
    }

    /** @return redisUnits + queued - holdRemaining */
    public int drift() { return redisUnits + queued - holdRemaining; }

    /**
     * Repair only what two runs saw alike: a unit between Redis and the hold (an order being created) shows as a drift
     * for a moment; the same numbers a run later mean nothing was in flight.
     *
     * @return true when {@code before} saw the same units, queue and hold
     */
    public boolean sameAs(UnitDrift before) { return before != null && drift() != 0 && equals(before); }

    /** @return the drift for ops */
    public String describe() {
        return "drift " + drift() + ": " + redisUnits + " in Redis + " + queued + " queued vs " + holdRemaining
                + " in the hold" + (drift() < 0 ? " (units nobody can be admitted to, e.g. from cancelled orders)"
                : " (Redis admits more than the hold has)");
    }
}
