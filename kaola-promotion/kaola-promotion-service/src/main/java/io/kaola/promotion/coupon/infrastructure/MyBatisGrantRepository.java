package io.kaola.promotion.coupon.infrastructure;

import io.kaola.promotion.coupon.domain.Grant;
import io.kaola.promotion.coupon.domain.GrantItemStatus;
import io.kaola.promotion.coupon.domain.GrantRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

/** {@link GrantRepository} on MariaDB through {@link GrantMapper}. */
@Repository
public class MyBatisGrantRepository implements GrantRepository {
    private static final int INSERT_BATCH = 1000;

    private final GrantMapper mapper;
    private final TransactionTemplate tx;

    public MyBatisGrantRepository(GrantMapper mapper, TransactionTemplate tx) {
        this.mapper = mapper;
        this.tx = tx;
    }

    @Override
    public boolean create(Grant grant) {
        Boolean created = tx.execute(status -> {
            if (mapper.insertGrant(grant.grantId(), grant.templateId(), grant.fingerprint(), grant.userIds().size(),
                    grant.createdAt()) != 1) return false;
            List<Long> users = grant.userIds();
            for (int from = 0; from < users.size(); from += INSERT_BATCH) {
                mapper.insertItems(grant.grantId(), users.subList(from, Math.min(users.size(), from + INSERT_BATCH)));
            }
            return true;
        });
        return Boolean.TRUE.equals(created);
    }

    @Override
    public GrantHeader header(String grantId) { return mapper.findGrant(grantId); }

    @Override
    public Progress progress(String grantId) {
        int issued = 0, refused = 0, pending = 0;
        for (GrantMapper.StatusCount c : mapper.countByStatus(grantId)) {
            switch (GrantItemStatus.valueOf(c.status())) {
                case ISSUED -> issued = c.n();
                case REFUSED -> refused = c.n();
                case PENDING -> pending = c.n();
            }
        }
        return new Progress(issued, refused, pending);
    }

    @Override
    public GrantItemStatus status(String grantId, long userId) {
        String status = mapper.findItemStatus(grantId, userId);
        return status == null ? null : GrantItemStatus.valueOf(status);
    }

    @Override
    public boolean move(String grantId, long userId, GrantItemStatus from, GrantItemStatus to, Long couponId,
                        String reason) {
        String shortReason = reason == null || reason.length() <= 255 ? reason : reason.substring(0, 255);
        return mapper.moveItem(grantId, userId, from.name(), to.name(), couponId, shortReason) == 1;
    }

    @Override
    public void markSent(String grantId, List<Long> userIds, Instant at) { mapper.markSent(grantId, userIds, at); }

    @Override
    public List<PendingUser> pendingToSend(Instant sentBefore, int limit) { return mapper.findPendingToSend(sentBefore, limit); }
}
