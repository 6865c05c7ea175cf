package io.kaola.promotion.coupon.application;

import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.CouponGrantRequested;
import io.kaola.promotion.api.GrantRequest;
import io.kaola.promotion.api.GrantView;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.coupon.domain.CouponRepository;
import io.kaola.promotion.coupon.domain.Grant;
import io.kaola.promotion.coupon.domain.GrantRepository;
import io.kaola.promotion.coupon.domain.GrantRules;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Ops issue a template to a list of users. The grant and one PENDING row per user commit first; then one
 * CouponGrantRequested per user goes to RocketMQ on a background thread (a grant of 10,000 users answers at once).
 * A user whose message was lost (a crash after the commit, a broker refusal) stays PENDING and is sent again by
 * {@link ResendPendingGrants}; the consumer issues each (grant, user) once.
 */
@Service
public class StartGrant {
    private static final Logger log = LoggerFactory.getLogger(StartGrant.class);
    private static final int BATCH = 500;

    private final GrantRepository grants;
    private final CouponRepository coupons;
    private final CouponGrantPublisher publisher;
    private final Clock clock;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "coupon-grant-sender");
        t.setDaemon(true);
        return t;
    });

    public StartGrant(GrantRepository grants, CouponRepository coupons, CouponGrantPublisher publisher, Clock clock) {
        this.grants = grants;
        this.coupons = coupons;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * @return the grant's progress (everyone pending at first); the same grant id with the same request answers the
     *         first grant's progress
     * @throws KaolaException PROMOTION_INVALID_GRANT (also: the grant id was used for another request),
     *         PROMOTION_TEMPLATE_NOT_FOUND
     */
    public GrantView start(GrantRequest request) {
        Grant grant = GrantRules.validate(request, clock.instant());
        GrantRepository.GrantHeader existing = grants.header(grant.grantId());
        if (existing != null) return repeat(existing, grant);
        if (coupons.template(grant.templateId()) == null) {
            throw PromotionError.TEMPLATE_NOT_FOUND.exception("no coupon template " + grant.templateId());
        }
        if (!grants.create(grant)) return repeat(grants.header(grant.grantId()), grant);   // a concurrent twin won
        List<CouponGrantRequested> messages = grant.userIds().stream()
                .map(user -> new CouponGrantRequested(grant.grantId(), grant.templateId(), user)).toList();
        sender.execute(() -> sendInBatches(messages));
        log.info("grant {} of template {} to {} user(s) started", grant.grantId(), grant.templateId(), messages.size());
        return progress(grant.grantId());
    }

    /**
     * @return the grant's progress
     * @throws KaolaException PROMOTION_GRANT_NOT_FOUND
     */
    public GrantView progress(String grantId) {
        GrantRepository.GrantHeader header = grantId == null ? null : grants.header(grantId);
        if (header == null) throw PromotionError.GRANT_NOT_FOUND.exception("no coupon grant " + grantId);
        GrantRepository.Progress p = grants.progress(grantId);
        return new GrantView(grantId, header.templateId(), header.requested(), p.issued(), p.refused(), p.pending(),
                p.pending() == 0, header.createdAt());
    }

    /** Sends messages of one grant in batches, recording each batch's stored messages as sent. */
    void sendInBatches(List<CouponGrantRequested> messages) {
        for (int from = 0; from < messages.size(); from += BATCH) {
            List<CouponGrantRequested> batch = messages.subList(from, Math.min(messages.size(), from + BATCH));
            try {
                List<CouponGrantRequested> sent = publisher.send(batch);
                List<Long> users = new ArrayList<>(sent.size());
                for (CouponGrantRequested m : sent) users.add(m.userId());
                if (!users.isEmpty()) grants.markSent(batch.get(0).grantId(), users, clock.instant());
            } catch (RuntimeException e) {
                log.warn("grant {}: a batch could not be sent now; the resend sweep will send it: {}",
                        batch.get(0).grantId(), e.toString());
            }
        }
    }

    private GrantView repeat(GrantRepository.GrantHeader existing, Grant asked) {
        if (!existing.fingerprint().equals(asked.fingerprint())) {
            throw PromotionError.INVALID_GRANT.exception("grant id " + asked.grantId()
                    + " was already used for another template or user list");
        }
        return progress(asked.grantId());
    }

    /** Lets queued sends finish (for a few seconds) before shutdown; the sweep sends what is left. */
    @PreDestroy
    void drain() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(5, TimeUnit.SECONDS)) sender.shutdownNow();
    }
}
