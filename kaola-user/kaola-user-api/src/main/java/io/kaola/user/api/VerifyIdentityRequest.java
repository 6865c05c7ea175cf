package io.kaola.user.api;

import java.io.Serializable;

/**
 * A shopper's real-name submission.
 *
 * @param userId   the account
 * @param name     real name as on the resident identity card, 1..30 characters
 * @param idNumber 18-character resident identity number (GB 11643-1999); never logged or returned in full
 */
public record VerifyIdentityRequest(long userId, String name, String idNumber) implements Serializable {
    @Override public String toString() { return "VerifyIdentityRequest[userId=" + userId + ", name=***, idNumber=***]"; }
}
