package io.kaola.user.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

/**
 * Real-name verification of buyers (订购人实名). Rules: GB 11643-1999 (structure, birth date,
 * ISO 7064 MOD 11-2 check digit), then the (sandbox) identity-verification provider; the number is
 * stored encrypted (AES-GCM) and shown masked. Source: 财关税〔2016〕18号; docs/cross-border.md §3.
 */
public interface IdentityService {

    /**
     * Validates locally, then asks the identity provider; on success the account is VERIFIED.
     * Re-submitting the same pair is idempotent.
     * @return the verified identity, masked
     * @throws KaolaException USER_ID_NUMBER_MALFORMED, USER_ID_NUMBER_BAD_DATE, USER_ID_NUMBER_BAD_REGION,
     *         USER_ID_NUMBER_BAD_CHECK_DIGIT, USER_NAME_INVALID (400); USER_IDENTITY_MISMATCH (409);
     *         USER_IDENTITY_ALREADY_VERIFIED (409, a different pair on a verified account);
     *         USER_IDENTITY_PROVIDER_UNAVAILABLE (503, retryable; nothing stored)
     */
    IdentityView verify(VerifyIdentityRequest request) throws KaolaException;

    /** @return the account's identity (status NONE when not verified) */
    IdentityView getIdentity(long userId) throws KaolaException;

    /**
     * @return the verified buyer for an order
     * @throws KaolaException CROSSBORDER_BUYER_NOT_VERIFIED (403)
     */
    VerifiedBuyer requireVerifiedBuyer(long userId) throws KaolaException;

    /**
     * The full identity (name and the whole identity number) for the payment provider's payer check and the
     * customs declarations. Least privilege: only kaola-payment and kaola-customs may call it, as their
     * service-plane certificate proves (docs/security.md); the gateway never gets a full identity number.
     * @throws KaolaException CROSSBORDER_BUYER_NOT_VERIFIED; COMMON_FORBIDDEN for any other caller
     */
    @CallableBy({"kaola-payment", "kaola-customs"})
    DeclarationIdentity declarationIdentity(long userId) throws KaolaException;
}
