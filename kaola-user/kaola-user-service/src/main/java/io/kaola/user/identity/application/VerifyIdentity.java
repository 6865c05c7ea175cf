package io.kaola.user.identity.application;

import io.kaola.common.crypto.IdentityCipher;
import io.kaola.user.account.domain.UserAccountRepository;
import io.kaola.user.api.UserError;
import io.kaola.user.identity.domain.BlindIndex;
import io.kaola.user.identity.domain.IdentityNumber;
import io.kaola.user.identity.domain.IdentityProvider;
import io.kaola.user.identity.domain.RealName;
import io.kaola.user.identity.domain.UserIdentityRepository;
import io.kaola.user.identity.domain.VerifiedIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Real-name verification of a buyer: the pair is checked locally (GB 11643-1999, name rules), then by the
 * identity provider; only a match is stored, encrypted. Nothing is stored on any refusal.
 */
@Service
public class VerifyIdentity {
    private static final Logger log = LoggerFactory.getLogger(VerifyIdentity.class);

    private final UserIdentityRepository identities;
    private final UserAccountRepository accounts;
    private final IdentityProvider provider;
    private final IdentityCipher cipher;
    private final BlindIndex index;
    private final Clock clock;

    public VerifyIdentity(UserIdentityRepository identities, UserAccountRepository accounts, IdentityProvider provider,
                          IdentityCipher cipher, BlindIndex index, Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.provider = provider;
        this.cipher = cipher;
        this.index = index;
        this.clock = clock;
    }

    /**
     * @param userId    the account
     * @param rawName   real name as typed
     * @param rawNumber identity number as typed
     * @return the verified identity (the existing one when the same pair is submitted again)
     * @throws io.kaola.common.error.KaolaException USER_ID_NUMBER_*, USER_NAME_INVALID, USER_NOT_FOUND,
     *         USER_IDENTITY_ALREADY_VERIFIED (another pair on this account), USER_IDENTITY_MISMATCH,
     *         USER_IDENTITY_PROVIDER_UNAVAILABLE
     */
    public VerifiedIdentity verify(long userId, String rawName, String rawNumber) {
        IdentityNumber number = IdentityNumber.parse(rawNumber, LocalDate.now(clock));
        RealName name = RealName.parse(rawName);
        if (accounts.findById(userId).isEmpty()) throw UserError.NOT_FOUND.exception("no user " + userId);
        String identityKey = index.ofIdentity(number);

        var existing = identities.findByUserId(userId);
        if (existing.isPresent()) return sameOrRefuse(existing.get(), name, identityKey);

        if (provider.check(name, number) == IdentityProvider.Answer.MISMATCH) {
            throw UserError.IDENTITY_MISMATCH.exception(
                    "the name and identity number do not match the identity records; enter both exactly as on the card");
        }
        VerifiedIdentity identity = new VerifiedIdentity(userId, name,
                cipher.encrypt(number.value(), VerifiedIdentity.cipherContext(userId)), identityKey, number.masked(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        try {
            identities.add(identity);
        } catch (DuplicateKeyException concurrent) {
            // a parallel submission for this account won; answer as if ours came second
            return sameOrRefuse(identities.findByUserId(userId).orElseThrow(), name, identityKey);
        }
        log.info("user {} verified as {}", userId, number.masked());
        return identity;
    }

    private static VerifiedIdentity sameOrRefuse(VerifiedIdentity existing, RealName name, String identityKey) {
        if (existing.isPair(name, identityKey)) return existing;
        throw UserError.IDENTITY_ALREADY_VERIFIED.exception("this account is already verified as "
                + existing.maskedIdNumber() + "; a verified identity cannot be replaced");
    }
}
