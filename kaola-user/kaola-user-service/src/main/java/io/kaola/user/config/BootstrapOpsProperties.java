package io.kaola.user.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first ops account ({@code kaola.user.bootstrap-ops.*}, from KAOLA_OPS_EMAIL and KAOLA_OPS_PASSWORD).
 * Both unset: no account is created. There is no default password.
 *
 * @param email    login email of the ops account
 * @param password its initial password (never logged)
 */
@ConfigurationProperties("kaola.user.bootstrap-ops")
public record BootstrapOpsProperties(String email, String password) {
    /** @return true when both are set */
    public boolean isConfigured() {
        return email != null && !email.isBlank() && password != null && !password.isEmpty();
    }

    @Override public String toString() { return "BootstrapOpsProperties[email=" + email + ", password=***]"; }
}
