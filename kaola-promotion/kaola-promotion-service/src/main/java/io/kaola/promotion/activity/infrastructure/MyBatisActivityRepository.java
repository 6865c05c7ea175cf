package io.kaola.promotion.activity.infrastructure;

import io.kaola.promotion.activity.domain.Activity;
import io.kaola.promotion.activity.domain.ActivityRepository;
import io.kaola.promotion.activity.infrastructure.ActivityMapper.ActivityRow;
import io.kaola.promotion.api.ActivityKind;
import io.kaola.promotion.shared.infrastructure.PromotionJson;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** {@link ActivityRepository} on MariaDB through {@link ActivityMapper}. */
@Repository
public class MyBatisActivityRepository implements ActivityRepository {
    private final ActivityMapper mapper;
    private final PromotionJson json;

    public MyBatisActivityRepository(ActivityMapper mapper, PromotionJson json) {
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public Activity create(Activity a) {
        ActivityMapper.NewActivity insert = new ActivityMapper.NewActivity(new ActivityRow(0, a.name(), a.kind().name(),
                a.percentOff(), json.tiers(a.tiers()), json.scope(a.scope()), a.startsAt(), a.endsAt(), a.createdAt()));
        mapper.insert(insert);
        return find(insert.id);
    }

    @Override
    public Activity find(long id) {
        ActivityRow row = mapper.find(id);
        return row == null ? null : toActivity(row);
    }

    @Override
    public List<Activity> notEndedAt(Instant at) { return mapper.findNotEnded(at).stream().map(this::toActivity).toList(); }

    @Override
    public List<Activity> startedOrEndedBetween(Instant after, Instant upTo) {
        return mapper.findTurnedBetween(after, upTo).stream().map(this::toActivity).toList();
    }

    private Activity toActivity(ActivityRow r) {
        return new Activity(r.id(), r.name(), ActivityKind.valueOf(r.kind()), r.percentOff(), json.tiers(r.tiersJson()),
                json.scope(r.scopeJson()), r.startsAt(), r.endsAt(), r.createdAt());
    }
}
