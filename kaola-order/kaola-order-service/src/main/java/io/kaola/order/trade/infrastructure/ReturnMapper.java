package io.kaola.order.trade.infrastructure;

import io.kaola.order.api.ReturnStatus;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

/**
 * Statements on the sharded order_return (SQL in mapper/ReturnMapper.xml). Every statement names order_no or
 * buyer_id, so ShardingSphere routes it to one table, except {@link #listByStatus} (ops), which reads them all.
 */
@Mapper
public interface ReturnMapper {

    int insert(ReturnRow row);

    ReturnRow find(@Param("orderNo") String orderNo, @Param("returnId") String returnId);

    List<ReturnRow> findByOrder(@Param("buyerId") long buyerId, @Param("orderNo") String orderNo);

    /** @return 1 when written, 0 when the row is no longer at {@code fromStatus} / {@code fromVersion} */
    int save(@Param("row") ReturnRow row, @Param("fromStatus") ReturnStatus fromStatus,
             @Param("fromVersion") int fromVersion);

    /** @param status null for every status */
    List<ReturnRow> listByStatus(@Param("status") ReturnStatus status, @Param("offset") long offset,
                                 @Param("limit") int limit);

    long countByStatus(@Param("status") ReturnStatus status);
}
