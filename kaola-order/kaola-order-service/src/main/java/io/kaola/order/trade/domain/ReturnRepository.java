package io.kaola.order.trade.domain;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.ReturnStatus;
import io.kaola.order.api.ReturnView;

import java.util.List;
import java.util.Optional;

/**
 * Returns on their order's shard (port; MyBatisReturnRepository in trade/infrastructure). It decides no transition:
 * {@link #save} writes what the caller decided, guarded by the version it read.
 */
public interface ReturnRepository {

    /** @return false when the order already has a return with this sequence (a concurrent request: read again) */
    boolean insert(OrderReturn orderReturn, int sequence);

    /** @return the return; empty when absent or {@code returnId} is not a return id */
    Optional<OrderReturn> find(String returnId);

    /** @return the order's returns, oldest first */
    List<OrderReturn> findByOrder(long buyerId, String orderNo);

    /**
     * Writes every mutable field of {@code after} (status, decision, customs answer, parcel, refund), guarded by
     * {@code before}'s status and version.
     *
     * @return false when the return changed since {@code before} was read (read again and decide again)
     */
    boolean save(OrderReturn before, OrderReturn after);

    /** @return returns in that status (null: all), newest first, across every shard */
    Page<ReturnView> list(ReturnStatus status, PageRequest page);
}
