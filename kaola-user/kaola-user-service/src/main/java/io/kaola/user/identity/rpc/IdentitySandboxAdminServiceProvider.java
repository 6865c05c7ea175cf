package io.kaola.user.identity.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.IdentitySandboxAdminService;
import io.kaola.user.identity.domain.IdentityNumber;
import io.kaola.user.identity.domain.RealName;
import io.kaola.user.identity.sandbox.SandboxIdentityProvider;
import org.apache.dubbo.config.annotation.DubboService;
import org.springframework.context.annotation.Profile;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Dubbo provider of {@link IdentitySandboxAdminService} (gateway: ops only), exported only with the {@code sandbox}
 * profile: without it the gateway's /api/admin/sandbox/** finds no provider and answers 503
 * COMMON_SERVICE_UNAVAILABLE.
 */
@DubboService(timeout = 3000, retries = 0)
@Profile("sandbox")
public class IdentitySandboxAdminServiceProvider implements IdentitySandboxAdminService {
    private final SandboxIdentityProvider sandbox;
    private final Clock clock;

    public IdentitySandboxAdminServiceProvider(SandboxIdentityProvider sandbox, Clock clock) {
        this.sandbox = sandbox;
        this.clock = clock;
    }

    @Override
    public void registerRealIdentity(String name, String idNumber) throws KaolaException {
        IdentityNumber number = IdentityNumber.parse(idNumber, LocalDate.now(clock));
        sandbox.register(RealName.parse(name), number);
    }

    @Override
    public void setAvailable(boolean available) { sandbox.setAvailable(available); }
}
