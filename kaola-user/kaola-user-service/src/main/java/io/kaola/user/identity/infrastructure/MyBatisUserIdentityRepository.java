package io.kaola.user.identity.infrastructure;

import io.kaola.user.identity.domain.RealName;
import io.kaola.user.identity.domain.UserIdentityRepository;
import io.kaola.user.identity.domain.VerifiedIdentity;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** {@link UserIdentityRepository} on MariaDB through {@link UserIdentityMapper} (mapper/UserIdentityMapper.xml). */
@Repository
public class MyBatisUserIdentityRepository implements UserIdentityRepository {
    private final UserIdentityMapper mapper;

    public MyBatisUserIdentityRepository(UserIdentityMapper mapper) { this.mapper = mapper; }

    @Override
    public void add(VerifiedIdentity identity) {
        mapper.insert(new UserIdentityRow(identity.userId(), identity.name().value(), identity.idNumberCipher(),
                identity.identityKey(), identity.maskedIdNumber(), identity.verifiedAt()));
    }

    @Override
    public Optional<VerifiedIdentity> findByUserId(long userId) {
        return Optional.ofNullable(mapper.findByUserId(userId))
                .map(r -> new VerifiedIdentity(r.userId(), new RealName(r.realName()), r.idNumberCipher(), r.identityKey(),
                        r.maskedIdNumber(), r.verifiedAt()));
    }
}
