package io.kaola.promotion.activity.infrastructure;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;
import java.util.List;

/** Statements on {@code activity} (mapper/ActivityMapper.xml). */
@Mapper
public interface ActivityMapper {

    /** An activity row; tiers and scope as JSON. */
    record ActivityRow(long id, String name, String kind, int percentOff, String tiersJson, String scopeJson,
                       Instant startsAt, Instant endsAt, Instant createdAt) {}

    /** The insert's parameter; {@code id} is written back. */
    final class NewActivity {
        public Long id;
        public final ActivityRow row;

        public NewActivity(ActivityRow row) { this.row = row; }
    }

    /** Sets {@code activity.id} from the generated key. */
    void insert(NewActivity activity);

    ActivityRow find(@Param("id") long id);

    List<ActivityRow> findNotEnded(@Param("at") Instant at);

    List<ActivityRow> findTurnedBetween(@Param("after") Instant after, @Param("upTo") Instant upTo);
}
