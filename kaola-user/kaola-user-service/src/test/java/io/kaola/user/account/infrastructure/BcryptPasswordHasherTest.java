package io.kaola.user.account.infrastructure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher();

    @Test
    void a_hash_is_bcrypt_cost_10_and_salted() {
        String first = hasher.hash("correct horse");
        assertThat(first).startsWith("$2a$10$").hasSize(60).doesNotContain("correct horse");
        assertThat(hasher.hash("correct horse")).isNotEqualTo(first);
    }

    @Test
    void only_the_right_password_matches() {
        String hash = hasher.hash("correct horse");
        assertThat(hasher.matches("correct horse", hash)).isTrue();
        assertThat(hasher.matches("correct horsE", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
    }

    @Test
    void without_a_stored_hash_nothing_matches() {
        assertThat(hasher.matches("anything at all", null)).isFalse();
    }

    @Test
    void a_password_longer_than_bcrypt_reads_never_matches_its_72_byte_prefix() {
        String hash = hasher.hash("x".repeat(72));
        assertThat(hasher.matches("x".repeat(72) + "tail", hash)).isFalse();
    }
}
