package io.kaola.logistics.carrier.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class PushSignatureTest {
    private static final byte[] KEY = "carrier-secret".getBytes(StandardCharsets.UTF_8);
    private static final String DATA = "{\"EBusinessID\":\"1000001\",\"Count\":1,\"Data\":[]}";

    @Test
    void rfc_4231_case_2_is_what_sign_computes_as_base64() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        String expectedHex = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        String signed = PushSignature.sign("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?");
        assertThat(HexFormat.of().formatHex(Base64.getDecoder().decode(signed))).isEqualTo(expectedHex);
    }

    @Test
    void a_signature_verifies_against_its_data_and_key_only() {
        String sign = PushSignature.sign(KEY, DATA);
        assertThat(PushSignature.verify(KEY, DATA, sign)).isTrue();
        assertThat(PushSignature.verify(KEY, DATA + " ", sign)).as("data changed").isFalse();
        assertThat(PushSignature.verify("other".getBytes(StandardCharsets.UTF_8), DATA, sign)).as("other key").isFalse();
    }

    @Test
    void missing_truncated_or_non_base64_signatures_never_verify() {
        String sign = PushSignature.sign(KEY, DATA);
        assertThat(PushSignature.verify(KEY, DATA, null)).isFalse();
        assertThat(PushSignature.verify(KEY, DATA, " ")).isFalse();
        assertThat(PushSignature.verify(KEY, DATA, sign.substring(0, 20))).isFalse();
        assertThat(PushSignature.verify(KEY, DATA, "%%%not-base64%%%")).isFalse();
        assertThat(PushSignature.verify(KEY, null, sign)).isFalse();
    }
}
