package io.kaola.user.identity.sandbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.time.Instant;

/** Statements on {@code sandbox_real_identity} (mapper/SandboxIdentityMapper.xml). */
@Mapper
public interface SandboxIdentityMapper {

    /** Registering a pair twice is harmless. */
    void insertIgnore(@Param("pairHash") String pairHash, @Param("registeredAt") Instant registeredAt);

    boolean exists(String pairHash);
}
