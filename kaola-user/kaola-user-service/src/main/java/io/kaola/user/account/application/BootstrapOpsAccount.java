package io.kaola.user.account.application;

import io.kaola.common.error.KaolaException;
import io.kaola.user.account.domain.EmailAddress;
import io.kaola.user.account.domain.UserAccountRepository;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserError;
import io.kaola.user.config.BootstrapOpsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * At startup, creates the configured ops account (SHOPPER, OPS) unless that email already has an
 * account, which is left as it is: a restart never resets a password someone changed.
 * A refused email or password stops the start, so that a typo does not leave the platform without ops.
 */
@Component
public class BootstrapOpsAccount implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(BootstrapOpsAccount.class);

    private final BootstrapOpsProperties properties;
    private final RegisterAccount registerAccount;
    private final UserAccountRepository accounts;

    public BootstrapOpsAccount(BootstrapOpsProperties properties, RegisterAccount registerAccount,
                               UserAccountRepository accounts) {
        this.properties = properties;
        this.registerAccount = registerAccount;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.isConfigured()) {
            boolean half = properties.email() != null && !properties.email().isBlank()
                    || properties.password() != null && !properties.password().isEmpty();
            if (half) log.warn("no ops account created: set both KAOLA_OPS_EMAIL and KAOLA_OPS_PASSWORD");
            return;
        }
        try {
            EmailAddress email = EmailAddress.parse(properties.email());
            if (accounts.findByEmail(email).isPresent()) return;
            registerAccount.register(email.value(), properties.password(), "ops", Set.of(Role.SHOPPER, Role.OPS));
            log.info("created ops account {}", email);
        } catch (KaolaException e) {
            // another instance created it between our read and insert
            if (e.is(UserError.EMAIL_TAKEN)) return;
            throw new IllegalStateException("KAOLA_OPS_EMAIL/KAOLA_OPS_PASSWORD refused: " + e, e);
        }
    }
}
