package io.kaola.payment.charge.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HmacSha256Test {
    private static final byte[] JEFE = "Jefe".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DATA = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_4231_CASE_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void signing_gives_the_rfc_4231_test_case_2_value() {
        assertThat(HmacSha256.signHex(JEFE, DATA)).isEqualTo(RFC_4231_CASE_2);
    }

    @Test
    void the_right_signature_verifies_in_either_hex_case() {
        assertThat(HmacSha256.verifyHex(JEFE, DATA, RFC_4231_CASE_2)).isTrue();
        assertThat(HmacSha256.verifyHex(JEFE, DATA, RFC_4231_CASE_2.toUpperCase())).isTrue();
    }

    @Test
    void a_signature_with_one_character_changed_does_not_verify() {
        String forged = RFC_4231_CASE_2.substring(0, 63) + "4";
        assertThat(HmacSha256.verifyHex(JEFE, DATA, forged)).isFalse();
    }

    @Test
    void a_signature_made_with_another_key_does_not_verify() {
        String other = HmacSha256.signHex("Jeff".getBytes(StandardCharsets.US_ASCII), DATA);
        assertThat(HmacSha256.verifyHex(JEFE, DATA, other)).isFalse();
    }

    @Test
    void a_changed_body_does_not_verify() {
        byte[] changed = "what do ya want for nothing!".getBytes(StandardCharsets.US_ASCII);
        assertThat(HmacSha256.verifyHex(JEFE, changed, RFC_4231_CASE_2)).isFalse();
    }

    @Test
    void a_missing_or_truncated_signature_does_not_verify() {
        assertThat(HmacSha256.verifyHex(JEFE, DATA, null)).isFalse();
        assertThat(HmacSha256.verifyHex(JEFE, DATA, "")).isFalse();
        assertThat(HmacSha256.verifyHex(JEFE, DATA, RFC_4231_CASE_2.substring(0, 32))).isFalse();
    }
}
