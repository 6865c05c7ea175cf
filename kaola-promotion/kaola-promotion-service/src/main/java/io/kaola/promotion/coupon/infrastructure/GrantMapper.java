package io.kaola.promotion.coupon.infrastructure;

import io.kaola.promotion.coupon.domain.GrantRepository;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code coupon_grant} and {@code coupon_grant_item} (mapper/GrantMapper.xml). */
@Mapper
public interface GrantMapper {

    /** A count of items in one status. */
    record StatusCount(String status, int n) {}

    /** INSERT IGNORE: @return 1 if stored, 0 if the grant id exists */
    int insertGrant(@Param("grantId") String grantId, @Param("templateId") long templateId,
                    @Param("fingerprint") String fingerprint, @Param("requested") int requested,
                    @Param("createdAt") Instant createdAt);

    void insertItems(@Param("grantId") String grantId, @Param("userIds") List<Long> userIds);

    GrantRepository.GrantHeader findGrant(@Param("grantId") String grantId);

    List<StatusCount> countByStatus(@Param("grantId") String grantId);

    String findItemStatus(@Param("grantId") String grantId, @Param("userId") long userId);

    int moveItem(@Param("grantId") String grantId, @Param("userId") long userId, @Param("from") String from,
                 @Param("to") String to, @Param("couponId") Long couponId, @Param("reason") String reason);

    void markSent(@Param("grantId") String grantId, @Param("userIds") List<Long> userIds, @Param("at") Instant at);

    List<GrantRepository.PendingUser> findPendingToSend(@Param("sentBefore") Instant sentBefore, @Param("limit") int limit);
}
