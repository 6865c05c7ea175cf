package io.kaola.promotion.api;

/** What an activity does. Which combine with which: docs/promotions.md ("Combination rule"). */
public enum ActivityKind {
    /** Full reduction (满减): tiers of amount off by the amount the lines in scope reach. */
    FULL_REDUCTION,
    /** A percentage off each unit of the SKUs (or SPUs, categories) in scope, for a time window (限时折扣). */
    DISCOUNT
}
