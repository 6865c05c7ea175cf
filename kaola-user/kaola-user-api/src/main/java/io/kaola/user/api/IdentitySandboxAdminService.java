package io.kaola.user.api;

import io.kaola.common.error.KaolaException;

/**
 * Ops control of the sandbox identity-verification provider (simulates the public ID-check service):
 * which name + number pairs are "real", and whether it is reachable.
 */
public interface IdentitySandboxAdminService {

    /**
     * Tells the sandbox that this pair exists (stored as a keyed hash, never in full).
     * @throws KaolaException USER_ID_NUMBER_* / USER_NAME_INVALID when the pair is not well-formed
     */
    void registerRealIdentity(String name, String idNumber) throws KaolaException;

    /** @param available false makes every check answer USER_IDENTITY_PROVIDER_UNAVAILABLE */
    void setAvailable(boolean available);
}
