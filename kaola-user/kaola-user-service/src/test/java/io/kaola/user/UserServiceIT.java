package io.kaola.user;

import io.kaola.common.error.ErrorKind;
import io.kaola.common.error.KaolaException;
import io.kaola.devinfra.TestInfra;
import io.kaola.user.account.application.BootstrapOpsAccount;
import io.kaola.user.account.application.RegisterAccount;
import io.kaola.user.account.domain.UserAccountRepository;
import io.kaola.user.api.LoginRequest;
import io.kaola.user.api.RegisterRequest;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserError;
import io.kaola.user.api.UserService;
import io.kaola.user.api.UserView;
import io.kaola.user.config.BootstrapOpsProperties;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.spring.ReferenceBean;
import org.apache.dubbo.config.spring.reference.ReferenceBeanBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** UserService over real Dubbo (remote scope, through ZooKeeper) on a fresh kaola_user_it schema. */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0",
        "kaola.user.bootstrap-ops.email=" + UserServiceIT.OPS_EMAIL,
        "kaola.user.bootstrap-ops.password=" + UserServiceIT.OPS_PASSWORD})
// each IT class recreates kaola_user_it: close this context so that no provider of it outlives its schema
@ActiveProfiles("sandbox")   // the sandbox ID-check provider is off unless the profile is on
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UserServiceIT {
    static final String OPS_EMAIL = "Ops.Lead@Kaola.test";
    static final String OPS_PASSWORD = "ops-first-password";

    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_user_it");
    }

    @TestConfiguration
    static class RemoteClient {
        @Bean
        @DubboReference(scope = "remote", check = false, timeout = 5000)
        ReferenceBean<UserService> remoteUsers() { return new ReferenceBeanBuilder().build(); }
    }

    @Autowired @Qualifier("remoteUsers") UserService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired RegisterAccount registerAccount;
    @Autowired UserAccountRepository accounts;

    /** The reference learns of the provider through ZooKeeper a moment after the context starts. */
    @BeforeEach
    void waitForProviderInZooKeeper() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            try {
                users.findById(-1);
            } catch (KaolaException expected) {
                return;
            } catch (RuntimeException noProviderYet) {
                if (Instant.now().isAfter(deadline)) throw noProviderYet;
                Thread.sleep(200);
            }
        }
    }

    @Test
    void a_shopper_registers_and_logs_in_with_any_case_of_the_email() {
        UserView registered = users.register(new RegisterRequest(" New.Shopper@Example.com ", "kaola-it-pass-2026", "Newbie"));

        assertThat(registered.userId()).isPositive();
        assertThat(registered.email()).isEqualTo("new.shopper@example.com");
        assertThat(registered.displayName()).isEqualTo("Newbie");
        assertThat(registered.roles()).containsExactly(Role.SHOPPER);
        assertThat(registered.createdAt()).isNotNull();

        UserView loggedIn = users.authenticate(new LoginRequest("NEW.SHOPPER@example.com", "kaola-it-pass-2026"));
        assertThat(loggedIn).isEqualTo(registered);
        assertThat(users.findById(registered.userId())).isEqualTo(registered);
    }

    @Test
    void a_second_account_for_the_same_email_is_refused_as_taken() {
        users.register(new RegisterRequest("twice@example.com", "kaola-it-pass-2026", null));

        assertThatThrownBy(() -> users.register(new RegisterRequest("TWICE@example.com", "other-password", "x")))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.code()).isEqualTo("USER_EMAIL_TAKEN");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
        assertThat(rowsFor("twice@example.com")).isEqualTo(1);
    }

    @Test
    void two_concurrent_registrations_of_one_email_leave_one_account() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> attempt = () -> {
                try {
                    registerAccount.register("race@example.com", "kaola-it-pass-2026", null, java.util.Set.of(Role.SHOPPER));
                    return "created";
                } catch (KaolaException e) {
                    return e.code();
                }
            };
            List<Future<String>> outcomes = pool.invokeAll(List.of(attempt, attempt));
            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get()))
                    .containsExactlyInAnyOrder("created", "USER_EMAIL_TAKEN");
        } finally {
            pool.shutdownNow();
        }
        assertThat(rowsFor("race@example.com")).isEqualTo(1);
    }

    @Test
    void a_common_password_or_a_bidi_display_name_is_refused_over_dubbo_and_nothing_is_stored() {
        KaolaException common = refusal(() -> users.register(new RegisterRequest("common@example.com", "password-123", null)));
        assertThat(common.code()).isEqualTo("USER_WEAK_PASSWORD");
        assertThat(common.getMessage()).contains("too easy to guess").doesNotContain("password-123");
        KaolaException ownEmail = refusal(() -> users.register(new RegisterRequest("mei.han.shanghai@example.com",
                "mei.han.shanghai", null)));
        assertThat(ownEmail.code()).isEqualTo("USER_WEAK_PASSWORD");
        KaolaException bidi = refusal(() -> users.register(new RegisterRequest("common@example.com",
                "correct-horse-battery", "Ann\u202Egnp.exe")));
        assertThat(bidi.code()).isEqualTo("COMMON_INVALID_REQUEST");
        assertThat(bidi.getMessage()).contains("displayName", "U+202E", "position 4");
        assertThat(rowsFor("common@example.com")).isZero();
        assertThat(rowsFor("mei.han.shanghai@example.com")).isZero();
    }

    @Test
    void a_short_password_or_a_malformed_email_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> users.register(new RegisterRequest("weak@example.com", "1234567", null)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.WEAK_PASSWORD)).isTrue());
        assertThatThrownBy(() -> users.register(new RegisterRequest("weak@", "kaola-it-pass-2026", null)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.INVALID_EMAIL)).isTrue());
        assertThat(rowsFor("weak@example.com")).isZero();
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
        users.register(new RegisterRequest("careful@example.com", "kaola-it-pass-2026", null));

        KaolaException wrongPassword = refusal(() -> users.authenticate(new LoginRequest("careful@example.com", "kaola-it-pass-2027")));
        KaolaException unknownEmail = refusal(() -> users.authenticate(new LoginRequest("nobody@example.com", "kaola-it-pass-2026")));
        KaolaException malformed = refusal(() -> users.authenticate(new LoginRequest("nobody", null)));

        for (KaolaException e : List.of(wrongPassword, unknownEmail, malformed)) {
            assertThat(e.code()).isEqualTo("USER_BAD_CREDENTIALS");
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAUTHENTICATED);
            assertThat(e.getMessage()).isEqualTo(wrongPassword.getMessage());
        }
    }

    @Test
    void an_unknown_user_id_is_not_found() {
        assertThat(refusal(() -> users.findById(987_654_321L)).code()).isEqualTo("USER_NOT_FOUND");
    }

    @Test
    void the_configured_ops_account_exists_with_ops_role_and_a_bcrypt_hash() {
        UserView ops = users.authenticate(new LoginRequest(OPS_EMAIL, OPS_PASSWORD));
        assertThat(ops.roles()).containsExactlyInAnyOrder(Role.SHOPPER, Role.OPS);
        assertThat(ops.isOps()).isTrue();

        String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE email = ?", String.class,
                "ops.lead@kaola.test");
        assertThat(hash).matches("^\\$2[ab]\\$10\\$.{53}$").doesNotContain(OPS_PASSWORD);
    }

    @Test
    void a_restart_with_another_ops_password_leaves_the_existing_account_alone() throws Exception {
        new BootstrapOpsAccount(new BootstrapOpsProperties(OPS_EMAIL, "a-different-password"), registerAccount, accounts)
                .run(null);

        assertThat(users.authenticate(new LoginRequest(OPS_EMAIL, OPS_PASSWORD)).isOps()).isTrue();
        assertThat(rowsFor("ops.lead@kaola.test")).isEqualTo(1);
    }

    private int rowsFor(String email) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE email = ?", Integer.class, email);
    }

    private static KaolaException refusal(Runnable call) {
        try {
            call.run();
        } catch (KaolaException e) {
            return e;
        }
        throw new AssertionError("expected a KaolaException");
    }
}
