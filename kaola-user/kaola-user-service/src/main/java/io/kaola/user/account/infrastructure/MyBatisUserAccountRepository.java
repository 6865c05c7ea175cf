package io.kaola.user.account.infrastructure;

import io.kaola.user.account.domain.DisplayName;
import io.kaola.user.account.domain.EmailAddress;
import io.kaola.user.account.domain.UserAccount;
import io.kaola.user.account.domain.UserAccountRepository;
import io.kaola.user.api.Role;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link UserAccountRepository} on MariaDB through {@link UserAccountMapper} (mapper/UserAccountMapper.xml); roles
 * are a comma-separated column in {@link Role} order.
 */
@Repository
public class MyBatisUserAccountRepository implements UserAccountRepository {
    private final UserAccountMapper mapper;

    public MyBatisUserAccountRepository(UserAccountMapper mapper) { this.mapper = mapper; }

    // a transaction of its own: LAST_INSERT_ID() must run on the insert's connection, and the caller's
    // bcrypt hashing (tens of milliseconds) stays outside it
    @Override
    @Transactional
    public UserAccount add(UserAccount account) {
        mapper.insert(new UserAccountRow(0, account.email().value(), account.displayName().value(),
                account.passwordHash(), formatRoles(account.roles()), account.createdAt()));
        return account.withId(mapper.lastInsertId());
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return Optional.ofNullable(mapper.findByEmail(email.value())).map(MyBatisUserAccountRepository::toAccount);
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(mapper.findById(id)).map(MyBatisUserAccountRepository::toAccount);
    }

    private static UserAccount toAccount(UserAccountRow row) {
        Set<Role> roles = Arrays.stream(row.roles().split(",")).map(String::strip).map(Role::valueOf)
                .collect(Collectors.toSet());
        return new UserAccount(row.id(), new EmailAddress(row.email()), new DisplayName(row.displayName()),
                row.passwordHash(), roles, row.createdAt());
    }

    static String formatRoles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
