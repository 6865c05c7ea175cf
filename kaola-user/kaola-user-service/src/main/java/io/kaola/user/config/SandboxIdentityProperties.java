package io.kaola.user.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Pairs the sandbox identity provider knows from the start ({@code kaola.user.identity-sandbox.*}), for a local
 * stack; ops add more through IdentitySandboxAdminService.
 *
 * @param realIdentities entries {@code name|number}; may be empty (KAOLA_SANDBOX_REAL_IDENTITIES, comma-separated)
 */
@ConfigurationProperties("kaola.user.identity-sandbox")
public record SandboxIdentityProperties(List<String> realIdentities) {
    public SandboxIdentityProperties {
        realIdentities = realIdentities == null ? List.of()
                : realIdentities.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    @Override public String toString() { return "SandboxIdentityProperties[" + realIdentities.size() + " real identities]"; }
}
