package io.kaola.user.account.application;

import io.kaola.user.account.domain.DisplayName;
import io.kaola.user.account.domain.EmailAddress;
import io.kaola.user.account.domain.PasswordHasher;
import io.kaola.user.account.domain.PasswordPolicy;
import io.kaola.user.account.domain.UserAccount;
import io.kaola.user.account.domain.UserAccountRepository;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserError;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** Opens an account: validates everything, hashes the password, then inserts once. */
@Service
public class RegisterAccount {
    private final UserAccountRepository accounts;
    private final PasswordHasher hasher;

    public RegisterAccount(UserAccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /**
     * @param email       login email, any case
     * @param password    plain password, 10..72 characters, not easy to guess ({@link PasswordPolicy})
     * @param displayName optional shown name (null: the email's local part)
     * @param roles       roles of the new account
     * @return the stored account
     * @throws io.kaola.common.error.KaolaException USER_INVALID_EMAIL, USER_WEAK_PASSWORD, COMMON_INVALID_REQUEST
     *         (display name), USER_EMAIL_TAKEN; nothing is stored on any of them
     */
    public UserAccount register(String email, String password, String displayName, Set<Role> roles) {
        EmailAddress address = EmailAddress.parse(email);
        PasswordPolicy.requireAcceptable(password, java.util.Arrays.asList(address.value(), address.localPart(), displayName));
        DisplayName name = DisplayName.of(displayName, address);
        UserAccount account = UserAccount.open(address, name, hasher.hash(password), roles,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try {
            // the unique key decides between two concurrent registrations, not an earlier read
            return accounts.add(account);
        } catch (DuplicateKeyException taken) {
            throw UserError.EMAIL_TAKEN.exception(address + " already has an account; log in or use another email");
        }
    }
}
