package io.kaola.user.api;

import java.io.Serializable;

/**
 * The buyer's full identity, for the payment provider's real-name check and customs declarations only.
 * Never log it, store it or return it over HTTP; {@link #toString()} masks it.
 *
 * @param userId   the account
 * @param name     real name
 * @param idNumber full 18-character identity number
 */
public record DeclarationIdentity(long userId, String name, String idNumber) implements Serializable {
    @Override public String toString() { return "DeclarationIdentity[userId=" + userId + ", name=***, idNumber=***]"; }
}
