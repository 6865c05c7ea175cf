package io.kaola.promotion.coupon.domain;

import java.time.Instant;
import java.util.List;

/** Bulk grants and their users (tables coupon_grant, coupon_grant_item). */
public interface GrantRepository {

    /** A grant's header: what was asked, when. */
    record GrantHeader(String grantId, long templateId, String fingerprint, int requested, Instant createdAt) {}

    /** Counts of a grant's users by status. */
    record Progress(int issued, int refused, int pending) {}

    /** A PENDING user whose message should be sent (again). */
    record PendingUser(String grantId, long templateId, long userId) {}

    /**
     * Stores the grant and one PENDING item per user, in one transaction.
     *
     * @return false when the grant id already exists (nothing written)
     */
    boolean create(Grant grant);

    /** @return the header, or null */
    GrantHeader header(String grantId);

    /** @return counts by status */
    Progress progress(String grantId);

    /** @return the item's status, or null when the user is not in the grant */
    GrantItemStatus status(String grantId, long userId);

    /** Moves an item only while it is still {@code from}. @return true if moved */
    boolean move(String grantId, long userId, GrantItemStatus from, GrantItemStatus to, Long couponId, String reason);

    /** Records that the users' messages were sent at {@code at}. */
    void markSent(String grantId, List<Long> userIds, Instant at);

    /** @return up to {@code limit} PENDING users never sent, or sent before {@code sentBefore} */
    List<PendingUser> pendingToSend(Instant sentBefore, int limit);
}
