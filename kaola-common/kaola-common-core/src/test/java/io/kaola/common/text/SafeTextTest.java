package io.kaola.common.text;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeTextTest {

    @Test
    void names_and_addresses_of_every_script_pass() {
        for (String ok : new String[]{"王小明", "买买提·艾力", "Zoë O'Brien-Smith", "ул. Ленина, 5", "شارع الملك",
                "文三路 1 号 (3F)", "😀 emoji", "", "13800138000"}) {
            assertThat(SafeText.firstForbidden(ok)).as(ok).isEmpty();
            assertThat(SafeText.problem("f", ok)).as(ok).isEmpty();
        }
        assertThat(SafeText.firstForbidden(null)).isEmpty();
    }

    @Test
    void control_characters_are_refused_tab_and_line_breaks_included() {
        for (int c : new int[]{0x00, 0x07, '\t', '\n', '\r', 0x1B, 0x7F, 0x85, 0x9F}) {
            assertThat(SafeText.isForbidden(c)).as("U+%04X", c).isTrue();
        }
    }

    @Test
    void every_bidi_embedding_override_isolate_and_mark_is_refused() {
        for (int c = 0x202A; c <= 0x202E; c++) assertThat(SafeText.isForbidden(c)).as("U+%04X", c).isTrue();
        for (int c = 0x2066; c <= 0x2069; c++) assertThat(SafeText.isForbidden(c)).as("U+%04X", c).isTrue();
        assertThat(SafeText.isForbidden(0x200E)).isTrue();
        assertThat(SafeText.isForbidden(0x200F)).isTrue();
        assertThat(SafeText.isForbidden(0x061C)).isTrue();
        // neighbours stay allowed
        assertThat(SafeText.isForbidden(0x2010)).isFalse();  // hyphen
        assertThat(SafeText.isForbidden(0x2065)).isFalse();
        assertThat(SafeText.isForbidden(0x206A)).isFalse();
        assertThat(SafeText.isForbidden(0x200D)).isFalse();  // zero-width joiner, used in emoji
        assertThat(SafeText.isForbidden(' ')).isFalse();
    }

    @Test
    void the_position_counts_characters_not_utf16_units_and_is_one_based() {
        assertThat(SafeText.firstForbidden("\u202Eabc")).isEqualTo(OptionalInt.of(1));
        assertThat(SafeText.firstForbidden("😀😀x\u2066")).isEqualTo(OptionalInt.of(4));
        assertThat(SafeText.problem("address.detail", "文三路\u202E1号")).contains(
                "address.detail must not contain control or bidirectional-formatting characters (U+202E at position 4)");
        assertThat(SafeText.problem("displayName", "a\u0000")).contains(
                "displayName must not contain control or bidirectional-formatting characters (U+0000 at position 2)");
    }

    @Test
    void require_throws_the_given_error_with_the_sentence() {
        assertThatCode(() -> SafeText.require(CommonError.INVALID_REQUEST, "city", "杭州市")).doesNotThrowAnyException();
        assertThatThrownBy(() -> SafeText.require(CommonError.INVALID_REQUEST, "city", "杭\u200F州"))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CommonError.INVALID_REQUEST)).isTrue();
                    assertThat(e.getMessage()).contains("city", "U+200F", "position 2");
                });
    }
}
