package io.kaola.order.trade.infrastructure;

import io.kaola.order.api.OrderStatus;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/**
 * Statements on the sharded trade_order / trade_order_item (SQL in mapper/OrderMapper.xml).
 * Every statement names buyer_id, so ShardingSphere routes it to one table, except
 * {@link #findByOrderNo}, which routes by the order number's last 4 digits to one table too.
 */
@Mapper
public interface OrderMapper {

    int insertOrder(OrderRow row);

    /** @param items lines of one order (one buyer) */
    int insertItems(@Param("items") List<OrderItemRow> items);

    OrderRow findByBuyerAndOrderNo(@Param("buyerId") long buyerId, @Param("orderNo") String orderNo);

    OrderRow findByBuyerAndIdempotencyKey(@Param("buyerId") long buyerId, @Param("idempotencyKey") String idempotencyKey);

    /** Ops and message consumers, who know the number but maybe not the buyer. */
    OrderRow findByOrderNo(@Param("orderNo") String orderNo);

    /** @return newest first */
    List<OrderSummaryRow> listByBuyer(@Param("buyerId") long buyerId, @Param("offset") long offset,
                                      @Param("limit") int limit);

    long countByBuyer(@Param("buyerId") long buyerId);

    /**
     * Guarded status write: changes the row only while it is still in {@code from}.
     * @param timeColumn       the column recording when the order entered {@code to} (a constant of the repository)
     * @param at               that time
     * @param reason           status_reason, or null (left as is)
     * @param paymentNo        set with payTransactionId when moving to PAID, else null (left as is)
     * @return 1 when moved, 0 when the row was not in {@code from} (or absent)
     */
    int moveStatus(@Param("buyerId") long buyerId, @Param("orderNo") String orderNo, @Param("from") OrderStatus from,
                   @Param("to") OrderStatus to, @Param("timeColumn") String timeColumn, @Param("at") Instant at,
                   @Param("reason") String reason, @Param("paymentNo") String paymentNo,
                   @Param("payTransactionId") String payTransactionId);

    /** Every shard (a broadcast query): orders in {@code status} placed before {@code before}, oldest first. */
    List<OrderRow> findByStatusPlacedBefore(@Param("status") OrderStatus status, @Param("before") Instant before,
                                            @Param("limit") int limit);
}
