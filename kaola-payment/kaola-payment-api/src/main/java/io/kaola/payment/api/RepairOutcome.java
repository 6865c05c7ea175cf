package io.kaola.payment.api;

/** What reconciliation did about a finding. */
public enum RepairOutcome {
    /** Applied, safely, through the normal path (the finding's repairDetail says what). */
    REPAIRED,
    /** Not repaired automatically: ops must look at it (the finding's repairDetail says why, when a repair failed). */
    LISTED
}
