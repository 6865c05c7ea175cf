package io.kaola.user.identity.infrastructure;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Statements on {@code user_identity}. */
@Mapper
public interface UserIdentityMapper {

    /** Fails with a duplicate key when the account already has an identity. */
    @Insert("""
            INSERT INTO user_identity (user_id, real_name, id_number_cipher, identity_key, masked_id_number, verified_at)
            VALUES (#{userId}, #{realName}, #{idNumberCipher}, #{identityKey}, #{maskedIdNumber}, #{verifiedAt})""")
    void insert(UserIdentityRow row);

    @Select("""
            SELECT user_id, real_name, id_number_cipher, identity_key, masked_id_number, verified_at
            FROM user_identity WHERE user_id = #{userId}""")
    UserIdentityRow findByUserId(long userId);
}
