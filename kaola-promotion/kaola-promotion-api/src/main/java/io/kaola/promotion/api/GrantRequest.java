package io.kaola.promotion.api;

import java.io.Serializable;
import java.util.List;

/**
 * Ops issue a template to a list of users (bulk grant), asynchronously and once per user.
 *
 * @param grantId    the caller's idempotency key, 1–64 characters: the same id with the same request answers the
 *                   first grant; with another request it is PROMOTION_INVALID_GRANT
 * @param templateId the template
 * @param userIds    1–10,000 user ids (duplicates granted once)
 */
public record GrantRequest(String grantId, long templateId, List<Long> userIds) implements Serializable {}
