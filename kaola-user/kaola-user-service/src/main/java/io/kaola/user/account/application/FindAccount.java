package io.kaola.user.account.application;

import io.kaola.user.account.domain.UserAccount;
import io.kaola.user.account.domain.UserAccountRepository;
import io.kaola.user.api.UserError;
import org.springframework.stereotype.Service;

/** Reads one account by id (for other services and the gateway). */
@Service
public class FindAccount {
    private final UserAccountRepository accounts;

    public FindAccount(UserAccountRepository accounts) { this.accounts = accounts; }

    /**
     * @param userId the account id (also the buyer id)
     * @return the account
     * @throws io.kaola.common.error.KaolaException USER_NOT_FOUND when there is no such account
     */
    public UserAccount byId(long userId) {
        return accounts.findById(userId).orElseThrow(() -> UserError.NOT_FOUND.exception("no user " + userId));
    }
}
