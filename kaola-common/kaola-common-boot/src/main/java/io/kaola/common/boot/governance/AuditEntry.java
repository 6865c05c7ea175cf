package io.kaola.common.boot.governance;

import java.time.Instant;

/**
 * One change of governance data (a Sentinel rule, a switch, a grey release, the blocklist), as ops read it from
 * {@code GET /api/admin/audit}.
 *
 * @param seq    the ZooKeeper sequence number of the entry: increasing, never reused
 * @param at     when the change was written
 * @param who    the ops caller, e.g. {@code ops:3 ops@kaola.test}
 * @param target what changed, the path under {@link GovernanceStore#ROOT}, e.g. {@code switches/checkout.enabled}
 * @param before the JSON before the change, or null when it was created
 * @param after  the JSON after the change, or null when it was deleted
 * @param reason why, as ops gave it (may be null)
 */
public record AuditEntry(long seq, Instant at, String who, String target, String before, String after, String reason) {
}
