package io.kaola.user.identity.infrastructure;

import org.apache.ibatis.annotations.Mapper;

/** Statements on {@code user_identity} (mapper/UserIdentityMapper.xml). */
@Mapper
public interface UserIdentityMapper {

    /** Fails with a duplicate key when the account already has an identity. */
    void insert(UserIdentityRow row);

    UserIdentityRow findByUserId(long userId);
}
