package io.kaola.user.identity.sandbox;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

import java.time.Instant;

/** Statements on {@code sandbox_real_identity}. */
@Mapper
public interface SandboxIdentityMapper {

    /** Registering a pair twice is harmless. */
    @Insert("INSERT IGNORE INTO sandbox_real_identity (pair_hash, registered_at) VALUES (#{pairHash}, #{registeredAt})")
    void insertIgnore(@Param("pairHash") String pairHash, @Param("registeredAt") Instant registeredAt);

    @Select("SELECT COUNT(*) > 0 FROM sandbox_real_identity WHERE pair_hash = #{pairHash}")
    boolean exists(String pairHash);
}
