package io.kaola.user.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys protecting identity numbers ({@code kaola.identity.*}). All three unset is the dev default: random keys
 * for this run only, with a warning (values stored in one run cannot be read, nor quota keys matched, after a restart).
 *
 * @param keys       {@code kid1:base64key,kid2:base64key}: AES-256 keys (32 bytes each); KAOLA_IDENTITY_KEYS
 * @param currentKey the kid new values are encrypted with (may be blank with one key); KAOLA_IDENTITY_CURRENT_KEY
 * @param indexKey   base64 HMAC-SHA256 key (>= 32 bytes) of the blind index; never change it; KAOLA_IDENTITY_INDEX_KEY
 */
@ConfigurationProperties("kaola.identity")
public record IdentityProperties(String keys, String currentKey, String indexKey) {
    @Override public String toString() { return "IdentityProperties[keys=***, currentKey=" + currentKey + ", indexKey=***]"; }
}
