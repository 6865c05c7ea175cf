package io.kaola.gateway.identity;

/**
 * A real name and resident identity number, as a shopper (or ops, for the sandbox) sends them.
 * {@link #toString()} hides both, so that no log line (e.g. Spring's DEBUG "Read ... to [...]") prints them.
 *
 * @param name     real name as on the resident identity card
 * @param idNumber 18-character resident identity number (GB 11643-1999)
 */
public record IdentityBody(String name, String idNumber) {
    @Override public String toString() { return "IdentityBody[name=***, idNumber=***]"; }
}
