package io.kaola.promotion.coupon.application;

import io.kaola.promotion.api.CouponGrantRequested;
import io.kaola.promotion.coupon.domain.GrantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grant backstop: users still PENDING whose message was never sent, or sent longer than
 * {@code grant-resend-after} ago, are sent again (the consumer is idempotent, so a duplicate changes nothing).
 */
@Service
public class ResendPendingGrants {
    private static final Logger log = LoggerFactory.getLogger(ResendPendingGrants.class);
    private static final int BATCH = 500;

    private final GrantRepository grants;
    private final StartGrant start;
    private final Clock clock;
    private final Duration resendAfter;

    public ResendPendingGrants(GrantRepository grants, StartGrant start, Clock clock,
                               @Value("${kaola.promotion.grant-resend-after:1m}") Duration resendAfter) {
        this.grants = grants;
        this.start = start;
        this.clock = clock;
        this.resendAfter = resendAfter;
    }

    /** @return how many messages were sent again */
    public int resend() {
        List<GrantRepository.PendingUser> pending = grants.pendingToSend(clock.instant().minus(resendAfter), BATCH);
        if (pending.isEmpty()) return 0;
        Map<String, List<CouponGrantRequested>> byGrant = new LinkedHashMap<>();
        for (GrantRepository.PendingUser p : pending) {
            byGrant.computeIfAbsent(p.grantId(), k -> new ArrayList<>())
                    .add(new CouponGrantRequested(p.grantId(), p.templateId(), p.userId()));
        }
        byGrant.values().forEach(start::sendInBatches);
        log.info("re-sent {} pending grant message(s) of {} grant(s)", pending.size(), byGrant.size());
        return pending.size();
    }
}
