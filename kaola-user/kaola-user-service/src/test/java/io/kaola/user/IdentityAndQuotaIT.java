package io.kaola.user;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.ErrorKind;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.devinfra.TestInfra;
import io.kaola.devinfra.ServicePlaneClient;
import io.kaola.user.account.application.RegisterAccount;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentitySandboxAdminService;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentityStatus;
import io.kaola.user.api.IdentityView;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.QuotaView;
import io.kaola.user.api.ReserveQuotaRequest;
import io.kaola.user.api.RestoreQuotaRequest;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserError;
import io.kaola.user.api.VerifiedBuyer;
import io.kaola.user.api.VerifyIdentityRequest;
import io.kaola.user.identity.domain.IdentityNumber;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * IdentityService, IdentitySandboxAdminService and QuotaService over real Dubbo (remote scope, through
 * ZooKeeper) on a fresh kaola_user_it schema. After every test, no table column and no log line may hold a
 * full identity number.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0",
        "kaola.user.identity-sandbox.real-identities=" + IdentityAndQuotaIT.SEEDED_NAME + "|" + IdentityAndQuotaIT.SEEDED_NUMBER,
        // test-only keys: a ring of two (it0 retired, it1 current) and an index key
        "kaola.identity.keys=it0:aXQtb25seS1vbGQta2V5LTAxMjM0NTY3ODlhYmNkZWY=,it1:aXQtb25seS1hZXMta2V5LTAxMjM0NTY3ODlhYmNkZWY=",
        "kaola.identity.current-key=it1",
        "kaola.identity.index-key=aXQtb25seS1pbmRleC1rZXktMDEyMzQ1Njc4OWFiY2Q="})
@ActiveProfiles("sandbox")   // the sandbox ID-check provider is off unless the profile is on
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IdentityAndQuotaIT {
    static final String SEEDED_NAME = "李四";
    static final String SEEDED_NUMBER = "440304198507170026";
    private static final Instant MID_2026 = Instant.parse("2026-06-15T04:00:00Z");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Every full number this test class used: none may be in the database or the logs. */
    private static final Set<String> FULL_NUMBERS = ConcurrentHashMap.newKeySet();

    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_user_it");
        FULL_NUMBERS.add(SEEDED_NUMBER);
    }

    @TestConfiguration
    static class RemoteClients {
        @Bean
        @DubboReference(scope = "remote", check = false, timeout = 10000)
        ReferenceBean<IdentityService> remoteIdentities() { return new ReferenceBeanBuilder().build(); }

        @Bean
        @DubboReference(scope = "remote", check = false, timeout = 5000)
        ReferenceBean<IdentitySandboxAdminService> remoteSandbox() { return new ReferenceBeanBuilder().build(); }

        @Bean
        @DubboReference(scope = "remote", check = false, timeout = 10000)
        ReferenceBean<QuotaService> remoteQuotas() { return new ReferenceBeanBuilder().build(); }
    }

    @Autowired @Qualifier("remoteIdentities") IdentityService identities;
    @Autowired @Qualifier("remoteSandbox") IdentitySandboxAdminService sandbox;
    @Autowired @Qualifier("remoteQuotas") QuotaService quotas;
    @Autowired RegisterAccount registerAccount;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.springframework.context.ApplicationContext context;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    /** The references learn of the providers through ZooKeeper a moment after the context starts. */
    @BeforeEach
    void waitForProvidersAndCaptureLogs() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try {
                identities.getIdentity(-1);
                sandbox.setAvailable(true);
                quotas.release("NO-SUCH-ORDER");
                break;
            } catch (KaolaException unexpected) {
                throw unexpected;
            } catch (RuntimeException noProviderYet) {
                if (Instant.now().isAfter(deadline)) throw noProviderYet;
                Thread.sleep(200);
            }
        }
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void noFullIdentityNumberInTheDatabaseOrTheLogs() {
        root.detachAppender(logs);
        sandbox.setAvailable(true);
        assertNoFullNumberInAnyColumn();
        assertNoFullNumberInTheLogs();
    }

    // ---------------------------------------------------------------- verification

    @Test
    void a_registered_pair_is_verified_stored_encrypted_and_shown_masked() {
        long user = newAccount();
        String number = newNumber();
        sandbox.registerRealIdentity("张三", number);

        IdentityView view = identities.verify(new VerifyIdentityRequest(user, " 张三 ", "  " + number.toLowerCase() + " "));

        String masked = number.substring(0, 4) + "**********" + number.substring(14);
        assertThat(view.userId()).isEqualTo(user);
        assertThat(view.status()).isEqualTo(IdentityStatus.VERIFIED);
        assertThat(view.name()).isEqualTo("张三");
        assertThat(view.maskedIdNumber()).isEqualTo(masked);
        assertThat(view.verifiedAt()).isNotNull();
        assertThat(identities.getIdentity(user)).isEqualTo(view);

        VerifiedBuyer buyer = identities.requireVerifiedBuyer(user);
        assertThat(buyer).isEqualTo(new VerifiedBuyer(user, "张三", masked, buyer.identityKey()));
        assertThat(buyer.identityKey()).matches("[0-9a-f]{64}");

        DeclarationIdentity declaration = asPayment(identities -> identities.declarationIdentity(user));
        assertThat(declaration.idNumber()).isEqualTo(number);
        assertThat(declaration.name()).isEqualTo("张三");
        assertThat(declaration.toString()).doesNotContain(number);

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM user_identity WHERE user_id = ?", user);
        assertThat((String) row.get("id_number_cipher")).matches("it1:[A-Za-z0-9+/]+=*");
        assertThat(row.get("masked_id_number")).isEqualTo(masked);
        assertThat(row.get("identity_key")).isEqualTo(buyer.identityKey());
        assertThat(logLines()).anyMatch(line -> line.contains("verified as " + masked));
    }

    @Test
    void the_same_pair_again_is_idempotent_and_another_pair_on_a_verified_account_is_refused() {
        long user = newAccount();
        String number = newNumber();
        String other = newNumber();
        sandbox.registerRealIdentity("王小明", number);
        sandbox.registerRealIdentity("王小明", other);
        IdentityView first = identities.verify(new VerifyIdentityRequest(user, "王小明", number));

        assertThat(identities.verify(new VerifyIdentityRequest(user, "王小明", number))).isEqualTo(first);
        KaolaException refused = refusal(() -> identities.verify(new VerifyIdentityRequest(user, "王小明", other)));
        assertThat(refused.code()).isEqualTo("USER_IDENTITY_ALREADY_VERIFIED");
        assertThat(refused.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(refused.getMessage()).contains(first.maskedIdNumber());
        assertThat(identities.getIdentity(user)).isEqualTo(first);
    }

    @Test
    void a_pair_the_provider_does_not_know_is_a_mismatch_and_nothing_is_stored() {
        long user = newAccount();
        String number = newNumber();
        sandbox.registerRealIdentity("赵六", number);

        KaolaException wrongName = refusal(() -> identities.verify(new VerifyIdentityRequest(user, "赵七", number)));
        KaolaException unknownNumber = refusal(() -> identities.verify(new VerifyIdentityRequest(user, "赵六", newNumber())));

        for (KaolaException e : List.of(wrongName, unknownNumber)) {
            assertThat(e.code()).isEqualTo("USER_IDENTITY_MISMATCH");
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
        }
        assertThat(identityRows(user)).isZero();
        assertThat(identities.getIdentity(user).status()).isEqualTo(IdentityStatus.NONE);
    }

    @Test
    void malformed_input_is_refused_with_its_own_code_before_the_provider_is_asked() {
        long user = newAccount();
        // the provider is down: a local refusal proves the provider was not asked
        sandbox.setAvailable(false);

        Map<String, String> expected = Map.of(
                "110105194912310021", "USER_ID_NUMBER_BAD_CHECK_DIGIT",
                "110105194902300020", "USER_ID_NUMBER_BAD_DATE",
                "310115201002290018", "USER_ID_NUMBER_BAD_DATE",
                "110101209912310015", "USER_ID_NUMBER_BAD_DATE",
                "11010519491231002", "USER_ID_NUMBER_MALFORMED",
                "1101051949123100X2", "USER_ID_NUMBER_MALFORMED",
                "110105491231002", "USER_ID_NUMBER_MALFORMED",
                "990101199001011230", "USER_ID_NUMBER_BAD_REGION");
        expected.keySet().stream().filter(n -> n.length() == 18).forEach(FULL_NUMBERS::add);
        expected.forEach((number, code) -> {
            KaolaException e = refusal(() -> identities.verify(new VerifyIdentityRequest(user, "张三", number)));
            assertThat(e.code()).as(number).isEqualTo(code);
            assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
            assertThat(e.getMessage()).doesNotContain(number);
        });
        assertThat(refusal(() -> identities.verify(new VerifyIdentityRequest(user, "张3", newNumber()))).code())
                .isEqualTo("USER_NAME_INVALID");
        assertThat(refusal(() -> sandbox.registerRealIdentity("张三", "110105194912310021")).code())
                .isEqualTo("USER_ID_NUMBER_BAD_CHECK_DIGIT");
        assertThat(identityRows(user)).isZero();
    }

    @Test
    void while_the_provider_is_unavailable_nothing_is_stored_and_a_later_retry_succeeds() {
        long user = newAccount();
        String number = newNumber();
        sandbox.registerRealIdentity("孙七", number);
        sandbox.setAvailable(false);

        KaolaException down = refusal(() -> identities.verify(new VerifyIdentityRequest(user, "孙七", number)));
        assertThat(down.code()).isEqualTo("USER_IDENTITY_PROVIDER_UNAVAILABLE");
        assertThat(down.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(identityRows(user)).isZero();

        sandbox.setAvailable(true);
        assertThat(identities.verify(new VerifyIdentityRequest(user, "孙七", number)).status()).isEqualTo(IdentityStatus.VERIFIED);
        assertThat(identityRows(user)).isOne();
    }

    @Test
    void an_unverified_account_has_no_identity_and_cannot_buy_or_hold_quota() {
        long user = newAccount();

        assertThat(identities.getIdentity(user)).isEqualTo(new IdentityView(user, IdentityStatus.NONE, null, null, null));
        List<ThrowingCallable> calls = List.of(
                () -> identities.requireVerifiedBuyer(user),
                () -> asPayment(identities -> identities.declarationIdentity(user)),
                () -> quotas.reserve(new ReserveQuotaRequest(user, "UNVERIFIED-1", Money.cny(10_000), Money.cny(0), MID_2026)),
                () -> quotas.getQuota(user, 2026));
        for (ThrowingCallable call : calls) {
            KaolaException e = refusal(call);
            assertThat(e.is(CrossBorderError.BUYER_NOT_VERIFIED)).isTrue();
            assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quota_reservation WHERE order_no = 'UNVERIFIED-1'", Integer.class)).isZero();
    }

    @Test
    void verifying_an_unknown_account_is_not_found() {
        String number = newNumber();
        sandbox.registerRealIdentity("张三", number);
        assertThat(refusal(() -> identities.verify(new VerifyIdentityRequest(987_654_321L, "张三", number))).code())
                .isEqualTo("USER_NOT_FOUND");
    }

    @Test
    void the_pair_configured_for_the_sandbox_is_known_from_the_start() {
        long user = newAccount();
        IdentityView view = identities.verify(new VerifyIdentityRequest(user, SEEDED_NAME, SEEDED_NUMBER));
        assertThat(view.maskedIdNumber()).isEqualTo("4403**********0026");
    }

    // ---------------------------------------------------------------- quota

    @Test
    void a_reservation_is_confirmed_on_payment_and_refunded_on_release_each_idempotently() {
        long buyer = verifiedBuyer(newNumber());

        QuotaReservationView reserved = quotas.reserve(new ReserveQuotaRequest(buyer, "PAID-1", Money.cny(300_000), Money.cny(27_300), MID_2026));
        assertThat(reserved).isEqualTo(new QuotaReservationView("PAID-1", 2026, Money.cny(300_000), QuotaStatus.RESERVED));
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 0, 300_000));
        assertThat(quotas.checkForPayment(buyer, "PAID-1")).isEqualTo(reserved);

        QuotaReservationView confirmed = quotas.confirm("PAID-1");
        assertThat(confirmed.status()).isEqualTo(QuotaStatus.CONFIRMED);
        assertThat(quotas.confirm("PAID-1")).isEqualTo(confirmed);
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 300_000, 0));
        assertThat(quotas.checkForPayment(buyer, "PAID-1").status()).isEqualTo(QuotaStatus.CONFIRMED);

        QuotaReservationView refunded = quotas.release("PAID-1");
        assertThat(refunded.status()).isEqualTo(QuotaStatus.RELEASED);
        assertThat(quotas.release("PAID-1")).isEqualTo(refunded);
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 0, 0));
    }

    @Test
    void a_cancelled_order_gives_its_reserved_quota_back_and_can_no_longer_be_paid() {
        long buyer = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "CANCEL-1", Money.cny(150_000), Money.cny(0), MID_2026));

        assertThat(quotas.release("CANCEL-1").status()).isEqualTo(QuotaStatus.RELEASED);
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 0, 0));
        assertThat(refusal(() -> quotas.checkForPayment(buyer, "CANCEL-1")).code()).isEqualTo("USER_QUOTA_RESERVATION_NOT_FOUND");
        assertThat(refusal(() -> quotas.confirm("CANCEL-1")).code()).isEqualTo("USER_QUOTA_RESERVATION_NOT_FOUND");
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 0, 0));
    }

    @Test
    void unknown_orders_and_other_buyers_hold_no_reservation() {
        long buyer = verifiedBuyer(newNumber());
        long stranger = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "MINE-1", Money.cny(10_000), null, MID_2026));

        assertThat(quotas.release("NEVER-PLACED")).isNull();
        assertThat(refusal(() -> quotas.confirm("NEVER-PLACED")).code()).isEqualTo("USER_QUOTA_RESERVATION_NOT_FOUND");
        assertThat(refusal(() -> quotas.checkForPayment(buyer, "NEVER-PLACED")).code()).isEqualTo("USER_QUOTA_RESERVATION_NOT_FOUND");
        assertThat(refusal(() -> quotas.checkForPayment(stranger, "MINE-1")).code()).isEqualTo("USER_QUOTA_RESERVATION_NOT_FOUND");
    }

    @Test
    void reserving_the_same_order_twice_counts_it_once() {
        long buyer = verifiedBuyer(newNumber());
        ReserveQuotaRequest request = new ReserveQuotaRequest(buyer, "TWICE-1", Money.cny(200_000), Money.cny(0), MID_2026);

        assertThat(quotas.reserve(request)).isEqualTo(quotas.reserve(request));
        assertThat(quotas.getQuota(buyer, 2026).reserved()).isEqualTo(Money.cny(200_000));
    }

    @Test
    void an_order_past_26000_this_year_is_refused_with_the_limit_the_amount_and_what_remains() {
        long buyer = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "BIG-1", Money.cny(2_000_000), Money.cny(0), MID_2026));
        quotas.confirm("BIG-1");
        quotas.reserve(new ReserveQuotaRequest(buyer, "BIG-2", Money.cny(500_000), Money.cny(0), MID_2026));

        KaolaException refused = refusal(() ->
                quotas.reserve(new ReserveQuotaRequest(buyer, "ONE-FEN-OVER", Money.cny(100_001), Money.cny(0), MID_2026)));
        assertThat(refused.is(CrossBorderError.OVER_ANNUAL_LIMIT)).isTrue();
        assertThat(refused.kind()).isEqualTo(ErrorKind.CONFLICT);
        assertThat(refused.getMessage())
                .isEqualTo("this order counts 1000.01 CNY toward 2026; 1000.00 CNY of the 26000.00 CNY annual limit remains");
        assertThat(refused.details()).containsExactly(entry("limit", "ANNUAL"), entry("amountCny", "1000.01"),
                entry("limitCny", "26000.00"), entry("usedCny", "25000.00"), entry("remainingCny", "1000.00"),
                entry("year", "2026"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quota_reservation WHERE order_no = 'ONE-FEN-OVER'", Integer.class)).isZero();

        // exactly at the limit passes (L5)
        quotas.reserve(new ReserveQuotaRequest(buyer, "EXACTLY-AT", Money.cny(100_000), Money.cny(0), MID_2026));
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 2_000_000, 600_000));
    }

    @Test
    void an_order_placed_just_after_midnight_on_1_january_in_shanghai_counts_in_the_new_year() {
        long buyer = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "DEC-31", Money.cny(2_000_000), Money.cny(0),
                Instant.parse("2026-12-31T15:00:00Z")));

        QuotaReservationView january = quotas.reserve(new ReserveQuotaRequest(buyer, "JAN-1", Money.cny(2_000_000),
                Money.cny(0), Instant.parse("2026-12-31T16:30:00Z")));

        assertThat(january.year()).isEqualTo(2027);
        assertThat(quotas.getQuota(buyer, 2026).reserved()).isEqualTo(Money.cny(2_000_000));
        assertThat(quotas.getQuota(buyer, 2027).reserved()).isEqualTo(Money.cny(2_000_000));
    }

    @Test
    void twenty_parallel_orders_of_one_identity_from_two_accounts_never_pass_26000() throws Exception {
        String number = newNumber();
        long first = verifiedBuyer(number);
        long second = verifiedBuyer(number);
        String identityKey = identities.requireVerifiedBuyer(first).identityKey();
        assertThat(identities.requireVerifiedBuyer(second).identityKey()).isEqualTo(identityKey);

        AtomicBoolean racing = new AtomicBoolean(true);
        AtomicLong highest = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(21);
        try {
            Future<?> watcher = pool.submit(() -> {
                while (racing.get()) {
                    Long counted = jdbc.queryForObject("SELECT COALESCE(SUM(used_fen + reserved_fen), 0) FROM quota_year"
                            + " WHERE identity_key = ? AND year = 2026", Long.class, identityKey);
                    highest.accumulateAndGet(counted, Math::max);
                }
                return null;
            });
            List<Callable<String>> orders = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                long buyer = i % 2 == 0 ? first : second;
                String orderNo = "RACE-" + i;
                orders.add(() -> {
                    start.await();
                    try {
                        return quotas.reserve(new ReserveQuotaRequest(buyer, orderNo, Money.cny(200_000), Money.cny(0),
                                MID_2026)).status().name();
                    } catch (KaolaException e) {
                        return e.code();
                    }
                });
            }
            List<Future<String>> outcomes = orders.stream().map(pool::submit).toList();
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) results.add(outcome.get());
            racing.set(false);
            watcher.get();

            assertThat(results).filteredOn("RESERVED"::equals).hasSize(13);
            assertThat(results).filteredOn("CROSSBORDER_OVER_ANNUAL_LIMIT"::equals).hasSize(7);
        } finally {
            racing.set(false);
            pool.shutdownNow();
        }
        assertThat(highest.get()).isLessThanOrEqualTo(2_600_000);
        assertThat(quotas.getQuota(first, 2026)).isEqualTo(quota(2026, 0, 2_600_000));
        assertThat(quotas.getQuota(second, 2026)).isEqualTo(quota(2026, 0, 2_600_000));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quota_reservation WHERE identity_key = ? AND status = 'RESERVED'",
                Integer.class, identityKey)).isEqualTo(13);
    }

    @Test
    void no_column_and_no_log_line_ever_holds_a_full_identity_number() {
        long buyer = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "SECRET-1", Money.cny(10_000), Money.cny(0), MID_2026));
        quotas.confirm("SECRET-1");

        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()",
                String.class)).contains("user_identity", "sandbox_real_identity", "quota_year", "quota_reservation");
        assertNoFullNumberInAnyColumn();
        assertNoFullNumberInTheLogs();
        assertThat(logLines()).isNotEmpty();
    }

    // ---------------------------------------------------------------- quota restored by returns

    @Test
    void a_return_restores_part_of_a_paid_order_once_per_key_and_never_more_than_its_amount() {
        long buyer = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "RETURN-1", Money.cny(300_000), Money.cny(0), MID_2026));
        QuotaReservationView confirmed = quotas.confirm("RETURN-1");
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 300_000, 0));

        QuotaReservationView part = quotas.restore(new RestoreQuotaRequest("RETURN-1", "RT-1", Money.cny(120_000)));
        assertThat(part).isEqualTo(confirmed);   // stays CONFIRMED; the view keeps the amount first reserved
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 180_000, 0));

        // the same key again: nothing changes
        assertThat(quotas.restore(new RestoreQuotaRequest("RETURN-1", "RT-1", Money.cny(120_000)))).isEqualTo(confirmed);
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 180_000, 0));
        // the same key with another amount is not a repeat
        assertThat(refusal(() -> quotas.restore(new RestoreQuotaRequest("RETURN-1", "RT-1", Money.cny(1)))).code())
                .isEqualTo("USER_INVALID_QUOTA_RESTORE");

        // one fen more than is left: refused, nothing written
        KaolaException over = refusal(() -> quotas.restore(new RestoreQuotaRequest("RETURN-1", "RT-2", Money.cny(180_001))));
        assertThat(over.code()).isEqualTo("USER_INVALID_QUOTA_RESTORE");
        assertThat(over.kind()).isEqualTo(ErrorKind.INVALID);
        assertThat(over.getMessage()).contains("1800.00 CNY of its 3000.00 CNY left to restore");
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 180_000, 0));
        assertThat(restoreRows("RETURN-1")).isEqualTo(1);

        // the rest: nothing of the order counts any more, it stays CONFIRMED with nothing left to restore
        assertThat(quotas.restore(new RestoreQuotaRequest("RETURN-1", "RT-2", Money.cny(180_000))).status())
                .isEqualTo(QuotaStatus.CONFIRMED);
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 0, 0));
        assertThat(refusal(() -> quotas.restore(new RestoreQuotaRequest("RETURN-1", "RT-3", Money.cny(1)))).code())
                .isEqualTo("USER_INVALID_QUOTA_RESTORE");
        assertThat(jdbc.queryForObject("SELECT restored_fen FROM quota_reservation WHERE order_no = 'RETURN-1'", Long.class))
                .isEqualTo(300_000L)
                .isEqualTo(jdbc.queryForObject("SELECT SUM(amount_fen) FROM quota_restore WHERE order_no = 'RETURN-1'", Long.class));

        // a later release (refund of the rest) gives back nothing more: used never goes below what other orders use
        assertThat(quotas.release("RETURN-1").status()).isEqualTo(QuotaStatus.RELEASED);
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 0, 0));
    }

    @Test
    void releasing_a_partly_restored_order_gives_back_only_what_still_counts() {
        long buyer = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "KEEP-1", Money.cny(100_000), Money.cny(0), MID_2026));
        quotas.confirm("KEEP-1");
        quotas.reserve(new ReserveQuotaRequest(buyer, "PARTLY-1", Money.cny(200_000), Money.cny(0), MID_2026));
        quotas.confirm("PARTLY-1");
        quotas.restore(new RestoreQuotaRequest("PARTLY-1", "RT-1", Money.cny(50_000)));
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 250_000, 0));

        quotas.release("PARTLY-1");
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 100_000, 0));
        // a repeat of the restore after the release still answers the reservation, unchanged
        assertThat(quotas.restore(new RestoreQuotaRequest("PARTLY-1", "RT-1", Money.cny(50_000))).status())
                .isEqualTo(QuotaStatus.RELEASED);
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 100_000, 0));
    }

    @Test
    void only_a_confirmed_reservation_can_be_restored_and_a_bad_request_writes_nothing() {
        long buyer = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "UNPAID-1", Money.cny(100_000), Money.cny(0), MID_2026));
        quotas.reserve(new ReserveQuotaRequest(buyer, "GONE-1", Money.cny(100_000), Money.cny(0), MID_2026));
        quotas.release("GONE-1");
        quotas.reserve(new ReserveQuotaRequest(buyer, "PAID-2", Money.cny(100_000), Money.cny(0), MID_2026));
        quotas.confirm("PAID-2");

        for (String orderNo : List.of("UNPAID-1", "GONE-1", "NEVER-PLACED")) {
            KaolaException e = refusal(() -> quotas.restore(new RestoreQuotaRequest(orderNo, "RT-1", Money.cny(10_000))));
            assertThat(e.code()).as(orderNo).isEqualTo("USER_QUOTA_RESERVATION_NOT_FOUND");
            assertThat(e.getMessage()).as(orderNo).contains(orderNo);
        }
        List<RestoreQuotaRequest> bad = List.of(
                new RestoreQuotaRequest("PAID-2", "RT-1", Money.cny(0)),
                new RestoreQuotaRequest("PAID-2", "RT-1", Money.cny(-1)),
                new RestoreQuotaRequest("PAID-2", "RT-1", new Money(1_000, "USD")),
                new RestoreQuotaRequest("PAID-2", "RT-1", null),
                new RestoreQuotaRequest("PAID-2", " ", Money.cny(1_000)),
                new RestoreQuotaRequest("PAID-2", "R".repeat(65), Money.cny(1_000)));
        for (RestoreQuotaRequest request : bad) {
            assertThat(refusal(() -> quotas.restore(request)).code()).as(request.toString()).isEqualTo("USER_INVALID_QUOTA_RESTORE");
        }
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 100_000, 100_000));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quota_restore WHERE order_no IN ('UNPAID-1', 'GONE-1', 'PAID-2')",
                Integer.class)).isZero();
    }

    @Test
    void parallel_restores_of_one_order_never_give_back_more_than_its_amount() throws Exception {
        long buyer = verifiedBuyer(newNumber());
        quotas.reserve(new ReserveQuotaRequest(buyer, "RACE-RETURN", Money.cny(100_000), Money.cny(0), MID_2026));
        quotas.confirm("RACE-RETURN");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> results = new ArrayList<>();
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String key = "RT-" + (i % 6);   // six keys, each asked twice: 30,000.00 fen each, 100,000 to give
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return quotas.restore(new RestoreQuotaRequest("RACE-RETURN", key, Money.cny(30_000))).status().name();
                    } catch (KaolaException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            for (Future<String> outcome : outcomes) results.add(outcome.get());
        } finally {
            pool.shutdownNow();
        }
        assertThat(results).containsOnly("CONFIRMED", "USER_INVALID_QUOTA_RESTORE");
        assertThat(restoreRows("RACE-RETURN")).isEqualTo(3);          // 3 × 300.00 of 1000.00; a fourth would pass it
        assertThat(quotas.getQuota(buyer, 2026)).isEqualTo(quota(2026, 10_000, 0));
        assertThat(jdbc.queryForObject("SELECT restored_fen FROM quota_reservation WHERE order_no = 'RACE-RETURN'", Long.class))
                .isEqualTo(90_000L);
    }

    // ---------------------------------------------------------------- helpers

    private long newAccount() {
        int n = SEQUENCE.incrementAndGet();
        return registerAccount.register("buyer" + n + "-" + System.nanoTime() + "@example.com", "kaola-it-pass-2026", null,
                Set.of(Role.SHOPPER)).id();
    }

    /** A fresh valid number: Dongcheng, Beijing, born 1990-03-07, sequence from a counter. */
    private static String newNumber() {
        String first17 = "11010119900307" + String.format("%03d", SEQUENCE.incrementAndGet() % 1000);
        String number = first17 + IdentityNumber.checkCharacter(first17);
        FULL_NUMBERS.add(number);
        return number;
    }

    /** @return a new account verified as 张三 with {@code number} */
    private long verifiedBuyer(String number) {
        long user = newAccount();
        sandbox.registerRealIdentity("张三", number);
        identities.verify(new VerifyIdentityRequest(user, "张三", number));
        return user;
    }

    /** declarationIdentity answers kaola-payment and kaola-customs only: call it with kaola-payment's certificate. */
    private <T> T asPayment(java.util.function.Function<IdentityService, T> call) {
        try (ServicePlaneClient payment = new ServicePlaneClient("kaola-payment", ServicePlaneClient.testCredentials())) {
            return call.apply(payment.reference(IdentityService.class,
                    ServicePlaneClient.providerAddress(context, IdentityService.class)));
        }
    }

    private static QuotaView quota(int year, long usedFen, long reservedFen) {
        return new QuotaView(year, Money.cny(2_600_000), Money.cny(usedFen), Money.cny(reservedFen),
                Money.cny(2_600_000 - usedFen - reservedFen));
    }

    private int restoreRows(String orderNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM quota_restore WHERE order_no = ?", Integer.class, orderNo);
    }

    private int identityRows(long user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_identity WHERE user_id = ?", Integer.class, user);
    }

    private void assertNoFullNumberInAnyColumn() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
        for (String table : tables) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM `" + table + "`")) {
                row.forEach((column, value) -> {
                    String text = String.valueOf(value).toUpperCase();
                    for (String number : FULL_NUMBERS) {
                        assertThat(text).as(table + "." + column).doesNotContain(number).doesNotContain(number.substring(0, 17));
                    }
                });
            }
        }
    }

    private void assertNoFullNumberInTheLogs() {
        for (String line : logLines()) {
            for (String number : FULL_NUMBERS) {
                assertThat(line.toUpperCase()).doesNotContain(number).doesNotContain(number.substring(0, 17));
            }
        }
    }

    private List<String> logLines() {
        synchronized (logs) {
            return logs.list.stream().map(e -> e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy()))).toList();
        }
    }

    private static KaolaException refusal(ThrowingCallable call) {
        try {
            call.call();
        } catch (KaolaException e) {
            return e;
        } catch (Throwable other) {
            throw new AssertionError("expected a KaolaException, got " + other, other);
        }
        throw new AssertionError("expected a KaolaException");
    }
}
