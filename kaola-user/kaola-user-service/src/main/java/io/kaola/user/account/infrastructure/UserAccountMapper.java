package io.kaola.user.account.infrastructure;

import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code user_account} (mapper/UserAccountMapper.xml). */
@Mapper
public interface UserAccountMapper {

    /** Fails with a duplicate key on an email that already has an account (unique key uk_user_account_email). */
    void insert(UserAccountRow row);

    /** @return the AUTO_INCREMENT id of this connection's last insert */
    long lastInsertId();

    UserAccountRow findByEmail(String email);

    UserAccountRow findById(long id);
}
