package io.kaola.user.identity.infrastructure;

import io.kaola.user.identity.domain.RealName;
import io.kaola.user.identity.domain.VerifiedIdentity;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Stores verified identities (already encrypted by the caller). */
@Repository
public class UserIdentityRepository {
    private final UserIdentityMapper mapper;

    public UserIdentityRepository(UserIdentityMapper mapper) { this.mapper = mapper; }

    /** @throws org.springframework.dao.DuplicateKeyException when the account already has an identity */
    public void add(VerifiedIdentity identity) {
        mapper.insert(new UserIdentityRow(identity.userId(), identity.name().value(), identity.idNumberCipher(),
                identity.identityKey(), identity.maskedIdNumber(), identity.verifiedAt()));
    }

    public Optional<VerifiedIdentity> findByUserId(long userId) {
        return Optional.ofNullable(mapper.findByUserId(userId))
                .map(r -> new VerifiedIdentity(r.userId(), new RealName(r.realName()), r.idNumberCipher(), r.identityKey(),
                        r.maskedIdNumber(), r.verifiedAt()));
    }
}
