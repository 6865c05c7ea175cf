package io.kaola.user.notification.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code notification} (mapper/NotificationMapper.xml). */
@Mapper
public interface NotificationMapper {

    /** @return 1 when inserted, 0 when (orderNo, orderStatus) exists */
    int insertIgnore(@Param("userId") long userId, @Param("orderNo") String orderNo, @Param("orderStatus") String orderStatus,
                     @Param("title") String title, @Param("body") String body, @Param("changedAt") Instant changedAt,
                     @Param("createdAt") Instant createdAt);

    NotificationRow lock(@Param("orderNo") String orderNo, @Param("orderStatus") String orderStatus);

    int markSent(@Param("id") long id, @Param("from") String from, @Param("to") String to, @Param("sentAt") Instant sentAt);

    int recordFailure(@Param("id") long id, @Param("error") String error);

    List<NotificationRow> listForUser(@Param("userId") long userId, @Param("limit") int limit, @Param("offset") long offset);

    long countForUser(@Param("userId") long userId);
}
