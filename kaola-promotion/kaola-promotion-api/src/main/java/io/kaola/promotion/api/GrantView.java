package io.kaola.promotion.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Progress of a bulk grant. requested = issued + refused + pending.
 *
 * @param grantId    the grant's id
 * @param templateId the template
 * @param requested  distinct users asked for
 * @param issued     users who got a coupon from this grant
 * @param refused    users refused (per-user limit reached, template exhausted)
 * @param pending    users not yet handled
 * @param done       true when pending is 0
 * @param createdAt  when ops asked
 */
public record GrantView(String grantId, long templateId, int requested, int issued, int refused, int pending,
                        boolean done, Instant createdAt) implements Serializable {}
