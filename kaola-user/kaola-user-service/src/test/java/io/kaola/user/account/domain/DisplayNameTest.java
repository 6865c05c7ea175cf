package io.kaola.user.account.domain;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisplayNameTest {
    private final EmailAddress email = EmailAddress.parse("ann.lee@example.com");

    @Test
    void a_chosen_name_is_trimmed() {
        assertThat(DisplayName.of("  Ann Lee ", email).value()).isEqualTo("Ann Lee");
    }

    @Test
    void without_a_chosen_name_the_email_local_part_is_shown() {
        assertThat(DisplayName.of(null, email).value()).isEqualTo("ann.lee");
        assertThat(DisplayName.of("  ", email).value()).isEqualTo("ann.lee");
    }

    @Test
    void a_name_of_64_characters_fits_and_65_is_refused() {
        assertThat(DisplayName.of("李".repeat(64), email).value()).hasSize(64);
        assertThatThrownBy(() -> DisplayName.of("李".repeat(65), email))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CommonError.INVALID_REQUEST)).isTrue());
    }

    @Test
    void control_and_bidi_characters_are_refused_naming_where() {
        assertThatThrownBy(() -> DisplayName.of("Ann\nLee", email))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CommonError.INVALID_REQUEST)).isTrue();
                    assertThat(e.getMessage()).contains("displayName", "U+000A", "position 4");
                });
        for (String bidi : new String[]{"Ann\u202Egnp.exe", "\u2066Ann", "Ann\u200F", "Ann\u061CLee"}) {
            assertThatThrownBy(() -> DisplayName.of(bidi, email)).as(bidi)
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CommonError.INVALID_REQUEST)).isTrue());
        }
    }
}
