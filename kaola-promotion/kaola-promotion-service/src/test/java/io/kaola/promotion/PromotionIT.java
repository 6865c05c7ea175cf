package io.kaola.promotion;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.devinfra.ServicePlaneClient;
import io.kaola.devinfra.TestInfra;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderStatusChanged;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.promotion.api.ActivityKind;
import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.ActivityView;
import io.kaola.promotion.api.CouponCheck;
import io.kaola.promotion.api.CouponGrantRequested;
import io.kaola.promotion.api.CouponKind;
import io.kaola.promotion.api.CouponService;
import io.kaola.promotion.api.CouponStatus;
import io.kaola.promotion.api.CouponTemplateService;
import io.kaola.promotion.api.CouponTemplateView;
import io.kaola.promotion.api.CouponView;
import io.kaola.promotion.api.CreateActivityRequest;
import io.kaola.promotion.api.CreateCouponTemplateRequest;
import io.kaola.promotion.api.GrantRequest;
import io.kaola.promotion.api.GrantView;
import io.kaola.promotion.api.HomePage;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.coupon.application.IssueGrantedCoupon;
import org.apache.dubbo.rpc.RpcException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * kaola-promotion over the real Dubbo protocol and the service plane's mutual TLS, called as its callers call it
 * (templates and activities as kaola-gateway, checkout's coupons as kaola-order), on a fresh kaola_promotion_it schema
 * with the embedded ZooKeeper and RocketMQ. The races run many threads at once against MariaDB.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0", "kaola.promotion.grant-resend-after=2s",
        "kaola.promotion.sweep-interval=1s"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PromotionIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_promotion_it");
    }

    private static final Instant END = Instant.now().plus(Duration.ofDays(30));
    private static final AtomicLong USERS = new AtomicLong(900_000);
    private static ServicePlaneClient asGateway;
    private static ServicePlaneClient asOrder;
    private static ServicePlaneClient asPayment;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessagePublisher publisher;
    @Autowired IssueGrantedCoupon issueGranted;
    @Autowired org.redisson.api.RedissonClient redisson;

    @BeforeAll
    static void clients() {
        asGateway = new ServicePlaneClient("kaola-gateway", ServicePlaneClient.testCredentials());
        asOrder = new ServicePlaneClient("kaola-order", ServicePlaneClient.testCredentials());
        asPayment = new ServicePlaneClient("kaola-payment", ServicePlaneClient.testCredentials());
    }

    @AfterAll
    static void close() {
        asGateway.close();
        asOrder.close();
        asPayment.close();
    }

    private CouponTemplateService templates() {
        return asGateway.reference(CouponTemplateService.class, ServicePlaneClient.providerAddress(context, CouponTemplateService.class));
    }

    private ActivityService activities() {
        return asGateway.reference(ActivityService.class, ServicePlaneClient.providerAddress(context, ActivityService.class));
    }

    private CouponService coupons() {
        return asOrder.reference(CouponService.class, ServicePlaneClient.providerAddress(context, CouponService.class));
    }

    @Test
    void fifty_shoppers_claiming_the_last_ten_coupons_get_exactly_ten() throws Exception {
        CouponTemplateService templates = templates();
        CouponTemplateView template = templates.createTemplate(amountOff("last ten", 12, 1, 500, null));
        templates.claim(user(), template.id(), null);
        templates.claim(user(), template.id(), null);

        Map<String, AtomicInteger> outcomes = race(50, i -> {
            long shopper = user();
            return () -> templates.claim(shopper, template.id(), null);
        });

        assertThat(outcomes.get("OK")).hasValue(10);
        assertThat(outcomes.get(PromotionError.TEMPLATE_EXHAUSTED.code())).hasValue(40);
        assertThat(outcomes).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT issued_count FROM coupon_template WHERE id = ?", Integer.class, template.id())).isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coupon WHERE template_id = ?", Integer.class, template.id())).isEqualTo(12);
        assertThat(templates.claimableTemplates(null)).extracting(CouponTemplateView::id).doesNotContain(template.id());
    }

    @Test
    void one_shopper_racing_twenty_claims_under_a_limit_of_two_gets_exactly_two() throws Exception {
        CouponTemplateService templates = templates();
        CouponTemplateView template = templates.createTemplate(amountOff("two per shopper", 1000, 2, 300, null));
        long shopper = user();

        Map<String, AtomicInteger> outcomes = race(20, i -> () -> templates.claim(shopper, template.id(), null));

        assertThat(outcomes.get("OK")).hasValue(2);
        assertThat(outcomes.get(PromotionError.CLAIM_LIMIT_REACHED.code())).hasValue(18);
        assertThat(templates.coupons(shopper, null)).hasSize(2).allSatisfy(c -> assertThat(c.status()).isEqualTo(CouponStatus.UNUSED));
        assertThat(jdbc.queryForObject("SELECT issued_count FROM coupon_template WHERE id = ?", Integer.class, template.id()))
                .as("the refused claims gave their count back").isEqualTo(2);
    }

    @Test
    void ten_orders_racing_for_one_coupon_leave_it_with_exactly_one_and_cancel_releases_it() throws Exception {
        CouponService coupons = coupons();
        long shopper = user();
        CouponView coupon = templates().claim(shopper, templates().createTemplate(amountOff("one order", 10, 1, 2000, 19900L)).id(), null);

        Map<String, AtomicInteger> outcomes = race(10, i -> () -> {
            coupons.lock(shopper, coupon.id(), "K-RACE-" + coupon.id() + "-" + i, null);
            return null;
        });

        assertThat(outcomes.get("OK")).hasValue(1);
        assertThat(outcomes.get(PromotionError.COUPON_NOT_USABLE.code())).hasValue(9);
        String holder = jdbc.queryForObject("SELECT order_no FROM coupon WHERE id = ?", String.class, coupon.id());
        assertThat(holder).startsWith("K-RACE-" + coupon.id() + "-");
        coupons.lock(shopper, coupon.id(), holder, null);   // the winner's retry: no change
        assertThat(status(coupon.id())).isEqualTo("LOCKED");
        CouponCheck held = coupons.check(shopper, coupon.id(), null);
        assertThat(held.usable()).isFalse();
        assertThat(held.refusal()).isEqualTo("coupon " + coupon.id() + " is locked by another order");

        coupons.release(holder, null);
        coupons.release(holder, null);   // every exit path may call it again
        assertThat(status(coupon.id())).isEqualTo("UNUSED");
        CouponCheck free = coupons.check(shopper, coupon.id(), null);
        assertThat(free.offer()).isEqualTo(PromotionOffer.amountOffCoupon(String.valueOf(coupon.id()), "one order",
                Money.cny(2000), Money.cny(19900), PromotionScope.ALL));
        assertThat(coupons.usableOffers(shopper, null)).extracting(PromotionOffer::id).containsExactly(String.valueOf(coupon.id()));

        coupons.lock(shopper, coupon.id(), "K-PAID-" + coupon.id(), null);
        coupons.use("K-PAID-" + coupon.id(), null);
        coupons.use("K-PAID-" + coupon.id(), null);
        coupons.release("K-PAID-" + coupon.id(), null);   // a late cancel does not revive a used coupon
        assertThat(status(coupon.id())).isEqualTo("USED");
        assertThat(coupons.check(shopper, coupon.id(), null).refusal()).isEqualTo("coupon " + coupon.id() + " has been used");
        assertThat(coupons.usableOffers(shopper, null)).isEmpty();
    }

    @Test
    void a_coupon_is_locked_only_by_its_holder_and_an_order_holds_one_coupon() {
        CouponService coupons = coupons();
        long shopper = user();
        long other = user();
        CouponTemplateView template = templates().createTemplate(amountOff("mine", 100, 2, 100, null));
        CouponView first = templates().claim(shopper, template.id(), null);
        CouponView second = templates().claim(shopper, template.id(), null);

        assertRefused(() -> coupons.lock(other, first.id(), "K-OTHER", null), PromotionError.COUPON_NOT_FOUND);
        assertThat(coupons.check(other, first.id(), null).refusal()).isEqualTo("coupon " + first.id() + " is not one of yours");
        coupons.lock(shopper, first.id(), "K-ONE-COUPON-" + first.id(), null);
        assertRefused(() -> coupons.lock(shopper, second.id(), "K-ONE-COUPON-" + first.id(), null), PromotionError.COUPON_NOT_USABLE);
        assertThat(status(second.id())).isEqualTo("UNUSED");
        assertRefused(() -> coupons.lock(shopper, 999_999_999L, "K-NONE", null), PromotionError.COUPON_NOT_FOUND);
    }

    @Test
    void an_order_that_closed_or_was_rejected_by_customs_gets_its_coupon_back_through_the_event() throws Exception {
        CouponService coupons = coupons();
        long shopper = user();
        CouponTemplateView template = templates().createTemplate(amountOff("backstop", 100, 2, 100, null));
        CouponView closed = templates().claim(shopper, template.id(), null);
        CouponView rejected = templates().claim(shopper, template.id(), null);
        coupons.lock(shopper, closed.id(), "K-CLOSED-" + closed.id(), null);
        coupons.lock(shopper, rejected.id(), "K-REJECTED-" + rejected.id(), null);
        coupons.use("K-REJECTED-" + rejected.id(), null);

        announce("K-CLOSED-" + closed.id(), shopper, OrderStatus.CLOSED, OrderStatus.PENDING_PAYMENT);
        announce("K-REJECTED-" + rejected.id(), shopper, OrderStatus.CUSTOMS_REJECTED, OrderStatus.DECLARING);
        announce("K-REJECTED-" + rejected.id(), shopper, OrderStatus.CUSTOMS_REJECTED, OrderStatus.DECLARING);   // redelivered

        await(() -> "UNUSED".equals(status(closed.id())) && "UNUSED".equals(status(rejected.id())));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coupon WHERE id IN (?, ?) AND order_no IS NULL", Integer.class,
                closed.id(), rejected.id())).isEqualTo(2);
    }

    @Test
    void a_cancelled_paid_order_restores_its_coupon_unused_and_usable_again_and_a_repeat_changes_nothing() {
        CouponService coupons = coupons();
        long shopper = user();
        CouponView coupon = templates().claim(shopper, templates().createTemplate(amountOff("restore", 10, 1, 500, null)).id(), null);
        String paid = "K-RESTORE-" + coupon.id();
        coupons.lock(shopper, coupon.id(), paid, null);
        coupons.use(paid, null);
        assertThat(status(coupon.id())).isEqualTo("USED");

        coupons.restore(paid, null);
        assertThat(status(coupon.id())).isEqualTo("UNUSED");
        assertThat(jdbc.queryForObject("SELECT order_no FROM coupon WHERE id = ?", String.class, coupon.id())).isNull();
        assertThat(coupons.check(shopper, coupon.id(), null).usable()).isTrue();
        assertThat(coupons.usableOffers(shopper, null)).extracting(PromotionOffer::id).containsExactly(String.valueOf(coupon.id()));

        coupons.restore(paid, null);   // a repeat
        assertThat(status(coupon.id())).isEqualTo("UNUSED");
        String next = "K-RESTORE-NEXT-" + coupon.id();
        coupons.lock(shopper, coupon.id(), next, null);
        coupons.use(next, null);
        coupons.restore(paid, null);   // a late repeat of the first order does not touch the next order's coupon
        assertThat(status(coupon.id())).isEqualTo("USED");
        assertThat(jdbc.queryForObject("SELECT order_no FROM coupon WHERE id = ?", String.class, coupon.id())).isEqualTo(next);
    }

    @Test
    void a_coupon_restored_after_its_validity_ended_is_expired_and_an_order_without_coupon_is_a_no_op() {
        CouponService coupons = coupons();
        long shopper = user();
        CouponView coupon = templates().claim(shopper, templates().createTemplate(amountOff("restore late", 10, 1, 500, null)).id(), null);
        String paid = "K-RESTORE-LATE-" + coupon.id();
        coupons.lock(shopper, coupon.id(), paid, null);
        coupons.use(paid, null);

        coupons.restore(paid, END.plus(Duration.ofDays(1)));
        assertThat(status(coupon.id())).isEqualTo("EXPIRED");
        coupons.restore(paid, END.plus(Duration.ofDays(1)));   // a repeat
        assertThat(status(coupon.id())).isEqualTo("EXPIRED");
        assertThat(coupons.check(shopper, coupon.id(), null).usable()).isFalse();

        coupons.restore("K-RESTORE-NO-COUPON-" + coupon.id(), null);
        coupons.restore("K-RESTORE-NO-COUPON-" + coupon.id(), null);
        assertRefused(() -> coupons.restore(" ", null), CommonError.INVALID_REQUEST);
    }

    @Test
    void a_bulk_grant_issues_each_user_once_shows_its_progress_and_survives_redelivery() throws Exception {
        CouponTemplateService templates = templates();
        CouponTemplateView template = templates.createTemplate(new CreateCouponTemplateRequest("granted", CouponKind.PERCENT_OFF,
                null, 10, Money.cny(5000), null, 3, 1, null, null, 7, null, false));
        long a = user(), b = user(), c = user(), d = user();
        String grantId = "grant-" + template.id();

        GrantView started = templates.grant(new GrantRequest(grantId, template.id(), List.of(a, b, c, d, a)));
        assertThat(started.requested()).isEqualTo(4);
        await(() -> templates.grantProgress(grantId).done());
        GrantView done = templates.grantProgress(grantId);
        assertThat(done).extracting(GrantView::issued, GrantView::refused, GrantView::pending).containsExactly(3, 1, 0);

        issueGranted.handle(new CouponGrantRequested(grantId, template.id(), a));   // a redelivery
        assertThat(templates.grantProgress(grantId)).isEqualTo(done);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coupon WHERE template_id = ?", Integer.class, template.id())).isEqualTo(3);
        assertThat(templates.grant(new GrantRequest(grantId, template.id(), List.of(d, c, b, a)))).as("same grant again").isEqualTo(done);
        assertRefused(() -> templates.grant(new GrantRequest(grantId, template.id(), List.of(a))), PromotionError.INVALID_GRANT);
        assertRefused(() -> templates.claim(user(), template.id(), null), PromotionError.TEMPLATE_NOT_CLAIMABLE);
        assertRefused(() -> templates.grantProgress("no-such-grant"), PromotionError.GRANT_NOT_FOUND);
        // which three of the four got one depends on the order the messages were handled in
        List<CouponView> granted = new ArrayList<>();
        for (long user : List.of(a, b, c, d)) {
            List<CouponView> held = templates.coupons(user, null);
            assertThat(held).as("user " + user).hasSizeLessThanOrEqualTo(1);
            granted.addAll(held);
        }
        assertThat(granted).hasSize(3).allSatisfy(coupon -> {
            assertThat(coupon.kind()).isEqualTo(CouponKind.PERCENT_OFF);
            assertThat(Duration.between(coupon.validFrom(), coupon.validTo())).isEqualTo(Duration.ofDays(7));
        });
    }

    @Test
    void a_grant_user_left_pending_by_a_lost_message_is_sent_again_by_the_sweep() throws Exception {
        CouponTemplateService templates = templates();
        CouponTemplateView template = templates.createTemplate(amountOff("resent", 10, 1, 100, null));
        long lost = user();
        String grantId = "lost-" + template.id();
        // as if the service had crashed between the commit and the send: the grant and its user, never sent
        jdbc.update("INSERT INTO coupon_grant (grant_id, template_id, fingerprint, requested, created_at) VALUES (?, ?, ?, 1, ?)",
                grantId, template.id(), "0".repeat(64), java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
        jdbc.update("INSERT INTO coupon_grant_item (grant_id, user_id, status) VALUES (?, ?, 'PENDING')", grantId, lost);

        await(() -> templates.grantProgress(grantId).done());
        assertThat(templates.grantProgress(grantId).issued()).isEqualTo(1);
        assertThat(templates.coupons(lost, null)).hasSize(1);
    }

    @Test
    void activities_run_in_their_window_and_are_offered_to_pricing_in_priority_order() {
        ActivityService activities = activities();
        Instant now = Instant.now();
        ActivityView reduction = activities.createActivity(new CreateActivityRequest("满199减20", ActivityKind.FULL_REDUCTION, 0,
                List.of(new PromotionOffer.Tier(Money.cny(19900), Money.cny(2000))), new PromotionScope(Set.of(), Set.of("it-cheese")),
                now.minusSeconds(60), now.plus(Duration.ofDays(1))));
        ActivityView discount = activities.createActivity(new CreateActivityRequest("8折", ActivityKind.DISCOUNT, 20, List.of(),
                PromotionScope.skus(Set.of("IT-SKU")), now.minusSeconds(60), now.plus(Duration.ofDays(1))));
        ActivityView later = activities.createActivity(new CreateActivityRequest("later", ActivityKind.DISCOUNT, 10, List.of(),
                null, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))));

        assertThat(activities.activity(discount.id())).isEqualTo(discount);
        List<PromotionOffer> offers = activities.runningOffers(now);
        assertThat(offers).extracting(PromotionOffer::id).containsSubsequence(String.valueOf(reduction.id()), String.valueOf(discount.id()))
                .doesNotContain(String.valueOf(later.id()));
        assertThat(offers).contains(PromotionOffer.discount(String.valueOf(discount.id()), "8折", 20, PromotionScope.skus(Set.of("IT-SKU"))));
        assertThat(activities.runningOffers(now.plus(Duration.ofDays(1)).plusSeconds(1))).extracting(PromotionOffer::id)
                .contains(String.valueOf(later.id())).doesNotContain(String.valueOf(discount.id()));
        assertRefused(() -> activities.createActivity(new CreateActivityRequest("bad", ActivityKind.DISCOUNT, 100, List.of(), null,
                now, now.plusSeconds(60))), PromotionError.INVALID_ACTIVITY);
        assertRefused(() -> activities.activity(999_999_999L), PromotionError.ACTIVITY_NOT_FOUND);
    }

    @Test
    void the_home_and_activity_pages_are_rebuilt_when_an_activity_is_created_and_written_to_every_replica() throws Exception {
        Instant now = Instant.now();
        ActivityView created = activities().createActivity(new CreateActivityRequest("首页满减", ActivityKind.FULL_REDUCTION, 0,
                List.of(new PromotionOffer.Tier(Money.cny(9900), Money.cny(1000))), null, now.minusSeconds(5), now.plus(Duration.ofHours(2))));

        await(() -> {
            String home = redis(HomePage.key(0));
            return home != null && home.contains("\"name\":\"首页满减\"");
        });
        String home = redis(HomePage.key(0));
        for (int r = 1; r < HomePage.REPLICAS; r++) {
            // a later rebuild may have replaced replica 0 meanwhile: compare within one read of all replicas
            String replica = redis(HomePage.key(r));
            assertThat(replica).as("replica " + r).contains("\"name\":\"首页满减\"");
        }
        assertThat(home).contains("\"categories\"", "\"featured\"", "\"builtAt\"");
        for (int r = 0; r < HomePage.REPLICAS; r++) {
            String page = redis(HomePage.activityKey(created.id(), r));
            assertThat(page).as("activity page replica " + r).contains("\"running\":true").contains("\"id\":" + created.id());
        }
    }

    @Test
    void only_the_applications_named_may_call_each_service() {
        CouponService asPaymentCoupons = asPayment.reference(CouponService.class,
                ServicePlaneClient.providerAddress(context, CouponService.class));
        assertRefused(() -> asPaymentCoupons.lock(1, 1, "K-X", null), CommonError.FORBIDDEN);
        CouponTemplateService asOrderTemplates = asOrder.reference(CouponTemplateService.class,
                ServicePlaneClient.providerAddress(context, CouponTemplateService.class));
        assertRefused(() -> asOrderTemplates.claim(1, 1, null), CommonError.FORBIDDEN);
        ActivityService asOrderActivities = asOrder.reference(ActivityService.class,
                ServicePlaneClient.providerAddress(context, ActivityService.class));
        assertThat(asOrderActivities.runningOffers(null)).isNotNull();   // checkout reads activities
        assertRefused(() -> asOrderActivities.createActivity(null), CommonError.FORBIDDEN);
    }

    @Test
    void a_bad_template_is_refused_over_the_wire_and_nothing_is_stored() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM coupon_template", Integer.class);
        assertRefused(() -> templates().createTemplate(new CreateCouponTemplateRequest("x", CouponKind.PERCENT_OFF, null, 120,
                null, null, 10, 1, null, END, null, null, true)), PromotionError.INVALID_TEMPLATE);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM coupon_template", Integer.class)).isEqualTo(before);
        assertRefused(() -> templates().claim(user(), 999_999_999L, null), PromotionError.TEMPLATE_NOT_FOUND);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static CreateCouponTemplateRequest amountOff(String name, int total, int perUser, long fen, Long thresholdFen) {
        return new CreateCouponTemplateRequest(name, CouponKind.AMOUNT_OFF, Money.cny(fen), 0, null,
                thresholdFen == null ? null : Money.cny(thresholdFen), total, perUser, null, END, null, null, true);
    }

    private static long user() { return USERS.incrementAndGet(); }

    private String redis(String key) {
        return redisson.<String>getBucket(key, org.redisson.client.codec.StringCodec.INSTANCE).get();
    }

    private String status(long couponId) {
        return jdbc.queryForObject("SELECT status FROM coupon WHERE id = ?", String.class, couponId);
    }

    private void announce(String orderNo, long buyer, OrderStatus status, OrderStatus previous) {
        publisher.send(OrderStatusChanged.TOPIC, orderNo, new OrderStatusChanged(orderNo, buyer, status, previous, Instant.now(), "it"));
    }

    /** Runs n calls at once; @return how many ended OK and how many with each error code. */
    private static Map<String, AtomicInteger> race(int n, java.util.function.IntFunction<Callable<?>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Callable<?> call = calls.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    String outcome;
                    try {
                        call.call();
                        outcome = "OK";
                    } catch (KaolaException e) {
                        outcome = e.code();
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<?> f : futures) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not reached within 30 s");
            Thread.sleep(100);
        }
    }

    private static void assertRefused(Runnable call, ErrorCode error) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo(error.code()));
    }
}
