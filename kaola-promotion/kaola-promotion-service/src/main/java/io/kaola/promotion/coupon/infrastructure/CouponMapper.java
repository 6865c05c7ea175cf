package io.kaola.promotion.coupon.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code coupon_template} and {@code coupon} (mapper/CouponMapper.xml). */
@Mapper
public interface CouponMapper {

    /** A template row; amounts in fen, scope as JSON. */
    record TemplateRow(long id, String name, String kind, Long amountOffFen, int percentOff, Long capFen,
                       Long thresholdFen, int totalCount, int issuedCount, int perUserLimit, Instant validFrom,
                       Instant validTo, Integer validDays, String scopeJson, boolean claimable, Instant createdAt) {}

    /** A coupon row; amounts in fen, scope as JSON. */
    record CouponRow(long id, long templateId, long userId, String name, String kind, Long amountOffFen,
                     int percentOff, Long capFen, Long thresholdFen, String scopeJson, String status,
                     Instant validFrom, Instant validTo, String orderNo, Instant issuedAt) {}

    /** The template insert's parameter; {@code id} is written back. */
    final class NewTemplate {
        public Long id;
        public final TemplateRow row;

        public NewTemplate(TemplateRow row) { this.row = row; }
    }

    /** Sets {@code template.id} from the generated key. */
    void insertTemplate(NewTemplate template);

    TemplateRow findTemplate(@Param("id") long id);

    List<TemplateRow> findClaimableTemplates(@Param("at") Instant at);

    /** @return 1 if a coupon was taken (issued_count below total_count), 0 otherwise */
    int takeFromTemplate(@Param("id") long id);

    int countHeld(@Param("templateId") long templateId, @Param("userId") long userId);

    /** INSERT IGNORE: @return 1 if stored, 0 if the slot (template, user, seq) was taken */
    int insertIntoSlot(@Param("c") CouponRow coupon, @Param("seq") int seq, @Param("grantId") String grantId);

    Long findIdBySlot(@Param("templateId") long templateId, @Param("userId") long userId, @Param("seq") int seq);

    CouponRow findCoupon(@Param("id") long id);

    CouponRow findByGrant(@Param("grantId") String grantId, @Param("userId") long userId);

    CouponRow findByOrderNo(@Param("orderNo") String orderNo);

    List<CouponRow> findByUser(@Param("userId") long userId);

    List<CouponRow> findUsable(@Param("userId") long userId, @Param("at") Instant at, @Param("limit") int limit);

    /** @return 1 if moved (status still {@code from}, order_no still {@code expectedOrderNo}), 0 otherwise */
    int move(@Param("id") long id, @Param("from") String from, @Param("expectedOrderNo") String expectedOrderNo,
             @Param("to") String to, @Param("newOrderNo") String newOrderNo);

    int expireLapsed(@Param("at") Instant at, @Param("limit") int limit);
}
