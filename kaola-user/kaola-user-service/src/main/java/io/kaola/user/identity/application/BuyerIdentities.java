package io.kaola.user.identity.application;

import io.kaola.common.crypto.IdentityCipher;
import io.kaola.common.error.CrossBorderError;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.identity.domain.UserIdentityRepository;
import io.kaola.user.identity.domain.VerifiedIdentity;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** Reads buyers' verified identities, for orders, the quota and the payer check. */
@Service
public class BuyerIdentities {
    private final UserIdentityRepository identities;
    private final IdentityCipher cipher;

    public BuyerIdentities(UserIdentityRepository identities, IdentityCipher cipher) {
        this.identities = identities;
        this.cipher = cipher;
    }

    /** @return the account's verified identity, if any */
    public Optional<VerifiedIdentity> find(long userId) { return identities.findByUserId(userId); }

    /**
     * @return the verified identity of the buyer
     * @throws io.kaola.common.error.KaolaException CROSSBORDER_BUYER_NOT_VERIFIED
     */
    public VerifiedIdentity requireVerified(long userId) {
        return identities.findByUserId(userId).orElseThrow(() -> CrossBorderError.BUYER_NOT_VERIFIED.exception(
                "cross-border orders need the buyer's real name and identity number: verify them first"));
    }

    /**
     * Decrypts the number, for the payment provider's payer check only (never log the result).
     * @throws io.kaola.common.error.KaolaException CROSSBORDER_BUYER_NOT_VERIFIED
     */
    public DeclarationIdentity declaration(long userId) {
        VerifiedIdentity identity = requireVerified(userId);
        String number = cipher.decrypt(identity.idNumberCipher(), VerifiedIdentity.cipherContext(userId));
        return new DeclarationIdentity(userId, identity.name().value(), number);
    }
}
