package io.kaola.user.account.infrastructure;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Statements on {@code user_account}. */
@Mapper
public interface UserAccountMapper {

    /** Fails with a duplicate key on an email that already has an account (unique key uk_user_account_email). */
    @Insert("""
            INSERT INTO user_account (email, display_name, password_hash, roles, created_at)
            VALUES (#{email}, #{displayName}, #{passwordHash}, #{roles}, #{createdAt})""")
    void insert(UserAccountRow row);

    /** @return the AUTO_INCREMENT id of this connection's last insert */
    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Select("SELECT id, email, display_name, password_hash, roles, created_at FROM user_account WHERE email = #{email}")
    UserAccountRow findByEmail(String email);

    @Select("SELECT id, email, display_name, password_hash, roles, created_at FROM user_account WHERE id = #{id}")
    UserAccountRow findById(long id);
}
