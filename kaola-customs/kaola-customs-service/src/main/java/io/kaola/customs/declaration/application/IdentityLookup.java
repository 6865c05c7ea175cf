package io.kaola.customs.declaration.application;

import io.kaola.user.api.DeclarationIdentity;

/** kaola-user's allow-listed full identity of a buyer (only kaola-payment and kaola-customs may ask). */
public interface IdentityLookup {
    /**
     * Never log the result (its toString masks it).
     *
     * @throws io.kaola.common.error.KaolaException CROSSBORDER_BUYER_NOT_VERIFIED; COMMON_FORBIDDEN (not allow-listed);
     *         COMMON_SERVICE_UNAVAILABLE when unreachable
     */
    DeclarationIdentity declarationIdentity(long buyerId);
}
