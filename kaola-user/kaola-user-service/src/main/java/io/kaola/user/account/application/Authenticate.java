package io.kaola.user.account.application;

import io.kaola.user.account.domain.EmailAddress;
import io.kaola.user.account.domain.PasswordHasher;
import io.kaola.user.account.domain.UserAccount;
import io.kaola.user.account.domain.UserAccountRepository;
import io.kaola.user.api.UserError;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Checks a login. One answer for every failure, and about the same time, so accounts cannot be probed. */
@Service
public class Authenticate {
    private final UserAccountRepository accounts;
    private final PasswordHasher hasher;

    public Authenticate(UserAccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /**
     * @param email    login email, any case
     * @param password plain password
     * @return the account
     * @throws io.kaola.common.error.KaolaException USER_BAD_CREDENTIALS for an unknown email, a malformed one
     *         or a wrong password alike
     */
    public UserAccount authenticate(String email, String password) {
        Optional<UserAccount> account = EmailAddress.tryParse(email).flatMap(accounts::findByEmail);
        boolean matches = hasher.matches(password, account.map(UserAccount::passwordHash).orElse(null));
        if (!matches) throw UserError.BAD_CREDENTIALS.exception("wrong email or password");
        return account.orElseThrow();
    }
}
