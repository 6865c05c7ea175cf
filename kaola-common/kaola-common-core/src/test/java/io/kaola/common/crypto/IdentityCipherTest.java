package io.kaola.common.crypto;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentityCipherTest {
    private static final String K1 = IdentityCipher.randomKeyBase64();
    private static final String K2 = IdentityCipher.randomKeyBase64();
    private static final String NUMBER = "11010519491231002X";

    @Test
    void a_number_round_trips_and_is_stored_as_kid_colon_base64_without_the_number() {
        IdentityCipher cipher = IdentityCipher.fromConfig("k1:" + K1, "k1");
        String stored = cipher.encrypt(NUMBER, "user:42");

        assertThat(stored).startsWith("k1:").doesNotContain(NUMBER).doesNotContain("19491231");
        // 12-byte IV + 18-byte cipher text + 16-byte tag
        assertThat(Base64.getDecoder().decode(stored.substring(3))).hasSize(12 + 18 + 16);
        assertThat(cipher.decrypt(stored, "user:42")).isEqualTo(NUMBER);
    }

    @Test
    void each_encryption_uses_a_fresh_iv() {
        IdentityCipher cipher = IdentityCipher.fromConfig("k1:" + K1, null);
        assertThat(cipher.encrypt(NUMBER, "user:42")).isNotEqualTo(cipher.encrypt(NUMBER, "user:42"));
    }

    @Test
    void after_rotation_new_values_use_the_new_key_and_old_values_still_decrypt() {
        IdentityCipher before = IdentityCipher.fromConfig("k1:" + K1, "k1");
        String old = before.encrypt(NUMBER, "user:42");

        IdentityCipher after = IdentityCipher.fromConfig("k1:" + K1 + ", k2:" + K2, "k2");
        String fresh = after.encrypt(NUMBER, "user:42");

        assertThat(fresh).startsWith("k2:");
        assertThat(after.decrypt(old, "user:42")).isEqualTo(NUMBER);
        assertThat(after.decrypt(fresh, "user:42")).isEqualTo(NUMBER);
        assertThat(after.needsReencryption(old)).isTrue();
        assertThat(after.needsReencryption(fresh)).isFalse();
    }

    @Test
    void a_value_under_a_key_no_longer_configured_cannot_be_read() {
        String old = IdentityCipher.fromConfig("k1:" + K1, "k1").encrypt(NUMBER, "user:42");
        IdentityCipher withoutK1 = IdentityCipher.fromConfig("k2:" + K2, "k2");
        assertThatThrownBy(() -> withoutK1.decrypt(old, "user:42")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'k1' is not configured");
    }

    @Test
    void a_tampered_cipher_text_fails_authentication() {
        IdentityCipher cipher = IdentityCipher.fromConfig("k1:" + K1, "k1");
        String stored = cipher.encrypt(NUMBER, "user:42");
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        bytes[20] ^= 0x01;
        String tampered = "k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(tampered, "user:42")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed authentication").hasMessageNotContaining(NUMBER);
    }

    @Test
    void a_cipher_text_moved_to_another_owner_fails_authentication() {
        IdentityCipher cipher = IdentityCipher.fromConfig("k1:" + K1, "k1");
        String stored = cipher.encrypt(NUMBER, "user:42");
        assertThatThrownBy(() -> cipher.decrypt(stored, "user:43")).hasMessageContaining("failed authentication");
    }

    @Test
    void a_relabelled_key_id_fails_authentication() {
        IdentityCipher cipher = IdentityCipher.fromConfig("k1:" + K1 + ",k2:" + K2, "k1");
        String stored = cipher.encrypt(NUMBER, "user:42");
        assertThatThrownBy(() -> cipher.decrypt("k2" + stored.substring(2), "user:42"))
                .hasMessageContaining("failed authentication");
    }

    @Test
    void bad_key_configuration_is_refused_without_repeating_the_key() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> IdentityCipher.fromConfig("k1:" + shortKey, "k1"))
                .hasMessageContaining("32 bytes").hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> IdentityCipher.fromConfig("k1:" + K1, "k9")).hasMessageContaining("'k9' is not among");
        assertThatThrownBy(() -> IdentityCipher.fromConfig("k1:" + K1 + ",k2:" + K2, "")).hasMessageContaining("name the current");
        assertThatThrownBy(() -> IdentityCipher.fromConfig("k1:not base64!", "k1")).hasMessageContaining("not base64");
        assertThatThrownBy(() -> new IdentityCipher(Map.of("bad kid", new byte[32]), "bad kid")).hasMessageContaining("key id");
        assertThat(IdentityCipher.fromConfig("k1:" + K1, "k1").toString()).doesNotContain(K1);
    }
}
