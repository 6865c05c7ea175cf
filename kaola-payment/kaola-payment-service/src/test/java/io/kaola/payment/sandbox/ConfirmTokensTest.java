package io.kaola.payment.sandbox;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmTokensTest {

    @Test
    void a_token_is_43_url_safe_characters_of_256_random_bits_and_only_its_sha256_is_kept() {
        ConfirmTokens.Issued issued = ConfirmTokens.issue();

        assertThat(issued.token()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.hash()).matches("[0-9a-f]{64}").isNotEqualTo(issued.token())
                .doesNotContain(issued.token());
        assertThat(ConfirmTokens.hashOf(issued.token())).isEqualTo(issued.hash());
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void the_hash_is_sha256_of_the_token() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(ConfirmTokens.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void a_token_matches_its_own_hash_only() {
        ConfirmTokens.Issued one = ConfirmTokens.issue();
        ConfirmTokens.Issued other = ConfirmTokens.issue();

        assertThat(ConfirmTokens.matches(one.token(), one.hash())).isTrue();
        assertThat(ConfirmTokens.matches(one.token(), other.hash())).isFalse();
        assertThat(ConfirmTokens.matches(other.token(), one.hash())).isFalse();
        assertThat(ConfirmTokens.matches(one.token().substring(1) + "A", one.hash())).isFalse();
        assertThat(ConfirmTokens.matches(null, one.hash())).isFalse();
        assertThat(ConfirmTokens.matches(one.token(), null)).isFalse();
    }

    @Test
    void tokens_do_not_repeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 10_000; i++) tokens.add(ConfirmTokens.issue().token());
        assertThat(tokens).hasSize(10_000);
    }

    @Test
    void only_a_43_character_url_safe_string_is_well_formed() {
        assertThat(ConfirmTokens.isWellFormed(ConfirmTokens.issue().token())).isTrue();
        assertThat(ConfirmTokens.isWellFormed(null)).isFalse();
        assertThat(ConfirmTokens.isWellFormed("")).isFalse();
        assertThat(ConfirmTokens.isWellFormed("a".repeat(42))).isFalse();
        assertThat(ConfirmTokens.isWellFormed("a".repeat(44))).isFalse();
        assertThat(ConfirmTokens.isWellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(ConfirmTokens.isWellFormed("a".repeat(42) + "/")).isFalse();
    }
}
