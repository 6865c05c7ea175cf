package io.kaola.customs.config;

import io.kaola.customs.declaration.domain.PlatformCodes;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Settings of kaola-customs ({@code kaola.customs.*}); the sandbox single window's are
 * {@link SandboxSingleWindowProperties}.
 *
 * @param singleWindowUrl where declarations are POSTed: {@code <url>/<messageType>} (env
 *                        KAOLA_CUSTOMS_SINGLE_WINDOW_URL; default the sandbox on this app's port)
 * @param signer          the message signer; only "sandbox" exists (no operator key here)
 * @param relayAfter      a message still BUILT this long after it was built is sent again by the relay
 * @param platform        our registrations and message codes (sample defaults)
 * @param identity        the AES-256-GCM key ring for identity numbers at rest
 */
@ConfigurationProperties("kaola.customs")
public record CustomsProperties(String singleWindowUrl, String signer, Duration relayAfter, PlatformCodes platform,
                                Identity identity) {
    public CustomsProperties {
        if (singleWindowUrl == null || singleWindowUrl.isBlank()) singleWindowUrl = "http://127.0.0.1:18088/sandbox/single-window";
        if (singleWindowUrl.endsWith("/")) singleWindowUrl = singleWindowUrl.substring(0, singleWindowUrl.length() - 1);
        if (signer == null || signer.isBlank()) signer = "sandbox";
        if (relayAfter == null) relayAfter = Duration.ofSeconds(5);
        if (identity == null) identity = new Identity(null, null);
    }

    /**
     * @param keys       {@code kid:base64key,…} (env KAOLA_CUSTOMS_IDENTITY_KEYS, else KAOLA_IDENTITY_KEYS)
     * @param currentKey the kid new values use (env KAOLA_CUSTOMS_IDENTITY_CURRENT_KEY, else KAOLA_IDENTITY_CURRENT_KEY)
     */
    public record Identity(String keys, String currentKey) {
        @Override public String toString() { return "Identity[keys=***, currentKey=" + currentKey + "]"; }
    }
}
