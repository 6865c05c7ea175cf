package io.kaola.user;

import io.kaola.devinfra.AppRun;
import io.kaola.devinfra.TestInfra;
import io.kaola.fakeidcheck.FakeIdCheck;
import io.kaola.fakesms.FakeSmsProvider;
import io.kaola.user.api.IdentitySandboxAdminService;
import io.kaola.user.identity.application.IdentityProviderGuard;
import io.kaola.user.identity.domain.IdentityProvider;
import io.kaola.user.identity.rpc.IdentitySandboxAdminServiceProvider;
import io.kaola.user.identity.sandbox.SandboxIdentityBanner;
import io.kaola.user.identity.sandbox.SandboxIdentityProvider;
import io.kaola.user.identity.sandbox.SeedSandboxIdentities;
import org.apache.dubbo.config.spring.ServiceBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox ID-check provider is a profile, not the product: without the {@code sandbox} profile it is not there
 * (nor its ops service), and without a real provider either kaola-user refuses to start with a message saying what
 * to do (the app's own main, run by {@link AppRun}). With a real provider (a stand-in here) and no profile it starts
 * with that one. Own database and Dubbo group.
 */
@SpringBootTest(classes = {UserApplication.class, FakeIdCheck.class, FakeSmsProvider.class}, properties = {
        "dubbo.protocol.port=-1", "server.port=0",
        "dubbo.provider.group=user-profile-it", "dubbo.consumer.group=user-profile-it",
        "spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/kaola_user_profile_it?createDatabaseIfNotExist=true"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IdentityProviderProfileIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_user_profile_it");
    }

    @Autowired ApplicationContext context;

    /**
     * In a JVM of its own, as {@code ./kaola up} starts it: a start that fails half-way in this JVM would leave Dubbo's
     * JVM-wide models destroyed under the other test contexts.
     */
    @Test
    void without_the_sandbox_profile_and_without_a_real_provider_the_start_is_refused_with_what_to_do() throws Exception {
        AppRun run = AppRun.start(UserApplication.class, "-Dserver.port=0", "-Ddubbo.protocol.port=-1",
                "-DKAOLA_DB_SUFFIX=_profile_it");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("APPLICATION FAILED TO START",
                "kaola-user: no identity-verification (ID-check) provider is configured. For local use turn on the"
                        + " sandbox profile (SPRING_PROFILES_ACTIVE=sandbox; ./kaola up does); in production configure a"
                        + " real provider (an IdentityProvider bean, docs/cross-border.md)",
                IdentityProviderGuard.NoIdentityProviderException.class.getName())
                .doesNotContain("Tomcat started", "Export dubbo service");
    }

    @Test
    void without_the_profile_the_sandbox_id_check_and_its_ops_service_are_absent_and_the_real_provider_is_used() {
        assertThat(context.getEnvironment().getActiveProfiles()).doesNotContain("sandbox");
        assertThat(context.getBeanNamesForType(SandboxIdentityProvider.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SeedSandboxIdentities.class)).isEmpty();
        assertThat(context.getBeanNamesForType(SandboxIdentityBanner.class)).isEmpty();
        assertThat(context.getBeanNamesForType(IdentitySandboxAdminServiceProvider.class)).isEmpty();
        assertThat(context.getBeansOfType(ServiceBean.class).values()).extracting(ServiceBean::getInterface)
                .contains("io.kaola.user.api.IdentityService")
                .doesNotContain(IdentitySandboxAdminService.class.getName());
        assertThat(context.getBeansOfType(IdentityProvider.class)).containsOnlyKeys("licensedIdCheck");
    }
}
