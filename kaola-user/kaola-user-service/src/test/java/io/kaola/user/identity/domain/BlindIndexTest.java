package io.kaola.user.identity.domain;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlindIndexTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    @Test
    void it_is_hmac_sha256_in_lower_case_hex() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal("11010519491231002X".getBytes(StandardCharsets.UTF_8)));

        String key = new BlindIndex(KEY).ofIdentity(IdentityNumber.parse("11010519491231002x", TODAY));
        assertThat(key).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void the_same_number_gives_the_same_key_and_another_index_key_another_one() {
        IdentityNumber a = IdentityNumber.parse("11010519491231002X", TODAY);
        BlindIndex index = BlindIndex.fromBase64(Base64.getEncoder().encodeToString(KEY));
        assertThat(index.ofIdentity(a)).isEqualTo(index.ofIdentity(IdentityNumber.parse(" 11010519491231002x", TODAY)));
        assertThat(new BlindIndex("another-key-another-key-another!!".getBytes(StandardCharsets.US_ASCII)).ofIdentity(a))
                .isNotEqualTo(index.ofIdentity(a));
    }

    @Test
    void a_pair_key_depends_on_the_name_and_the_number() {
        BlindIndex index = new BlindIndex(KEY);
        IdentityNumber a = IdentityNumber.parse("11010519491231002X", TODAY);
        IdentityNumber c = IdentityNumber.parse("110101190001019991", TODAY);
        assertThat(index.ofPair(new RealName("张三"), a)).isNotEqualTo(index.ofPair(new RealName("李四"), a))
                .isNotEqualTo(index.ofPair(new RealName("张三"), c)).isNotEqualTo(index.ofIdentity(a));
    }

    @Test
    void an_index_key_shorter_than_32_bytes_is_refused() {
        assertThatThrownBy(() -> new BlindIndex(new byte[31])).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> BlindIndex.fromBase64("%%%")).hasMessageContaining("not base64");
    }
}
