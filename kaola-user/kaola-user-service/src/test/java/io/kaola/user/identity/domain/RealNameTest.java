package io.kaola.user.identity.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"张三", "李", "买买提·艾力", "Ann Lee", "José Álvarez", "欧阳娜娜"})
    void names_in_any_script_with_a_middle_dot_or_spaces_are_accepted(String name) {
        assertThat(RealName.parse(name).value()).isEqualTo(name);
    }

    @Test
    void spaces_are_trimmed_and_collapsed_and_look_alike_dots_become_the_middle_dot() {
        assertThat(RealName.parse("  Ann   Lee ").value()).isEqualTo("Ann Lee");
        assertThat(RealName.parse("买买提•艾力").value()).isEqualTo("买买提·艾力");
        assertThat(RealName.parse("买买提・艾力").value()).isEqualTo("买买提·艾力");
    }

    @Test
    void control_and_bidi_characters_are_refused_naming_the_character_and_its_position() {
        for (String name : new String[]{"张\u202E三", "\u2066张三\u2069", "张三\u200E", "张\u061C三", "张\u0007三", "王\t小明"}) {
            assertThatThrownBy(() -> RealName.parse(name)).as(name)
                    .isInstanceOfSatisfying(KaolaException.class, e -> {
                        assertThat(e.is(UserError.NAME_INVALID)).isTrue();
                        assertThat(e.getMessage()).contains("name must not contain", "U+", "at position");
                    });
        }
        assertThatThrownBy(() -> RealName.parse("张\u202E三")).hasMessageContaining("U+202E at position 2");
    }

    @Test
    void thirty_characters_fit_and_thirty_one_are_refused() {
        assertThat(RealName.parse("张".repeat(30)).value()).hasSize(30);
        assertInvalid("张".repeat(31));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "张3", "Ann_Lee", "张三!", "·张三", "张三·", "·", "Ann\nLee\u0000"})
    void digits_punctuation_leading_dots_and_missing_names_are_refused(String name) {
        assertInvalid(name);
    }

    private static void assertInvalid(String name) {
        assertThatThrownBy(() -> RealName.parse(name))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.NAME_INVALID)).isTrue());
    }
}
