package io.kaola.promotion.coupon.domain;

import java.time.Instant;
import java.util.List;

/**
 * A bulk grant as validated: a template to a set of distinct users.
 *
 * @param grantId     ops' idempotency key
 * @param templateId  the template
 * @param userIds     distinct users, ascending
 * @param fingerprint SHA-256 (hex) of the template and the users: a repeat of the grant id must match it
 * @param createdAt   when ops asked
 */
public record Grant(String grantId, long templateId, List<Long> userIds, String fingerprint, Instant createdAt) {}
