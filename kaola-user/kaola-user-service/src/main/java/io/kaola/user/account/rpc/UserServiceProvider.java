package io.kaola.user.account.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.user.account.application.Authenticate;
import io.kaola.user.account.application.FindAccount;
import io.kaola.user.account.application.RegisterAccount;
import io.kaola.user.account.domain.UserAccount;
import io.kaola.user.api.LoginRequest;
import io.kaola.user.api.RegisterRequest;
import io.kaola.user.api.Role;
import io.kaola.user.api.UserService;
import io.kaola.user.api.UserView;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

import java.util.Set;

/** Dubbo provider of {@link UserService}. bcrypt makes register and login take tens of milliseconds. */
@DubboService(timeout = 3000, retries = 0, methods = {@Method(name = "findById", timeout = 1000, retries = 2)})
public class UserServiceProvider implements UserService {
    private final RegisterAccount registerAccount;
    private final Authenticate authenticate;
    private final FindAccount findAccount;

    public UserServiceProvider(RegisterAccount registerAccount, Authenticate authenticate, FindAccount findAccount) {
        this.registerAccount = registerAccount;
        this.authenticate = authenticate;
        this.findAccount = findAccount;
    }

    @Override
    public UserView register(RegisterRequest request) throws KaolaException {
        return toView(registerAccount.register(request.email(), request.password(), request.displayName(),
                Set.of(Role.SHOPPER)));
    }

    @Override
    public UserView authenticate(LoginRequest request) throws KaolaException {
        return toView(authenticate.authenticate(request.email(), request.password()));
    }

    @Override
    public UserView findById(long userId) throws KaolaException {
        return toView(findAccount.byId(userId));
    }

    static UserView toView(UserAccount account) {
        return new UserView(account.id(), account.email().value(), account.displayName().value(),
                account.roles().stream().sorted().toList(), account.createdAt());
    }
}
