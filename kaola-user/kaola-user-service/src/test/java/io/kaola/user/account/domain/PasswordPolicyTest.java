package io.kaola.user.account.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.UserError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void a_password_of_8_to_72_characters_is_accepted() {
        assertThatCode(() -> PasswordPolicy.requireAcceptable("12345678")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.requireAcceptable("x".repeat(72))).doesNotThrowAnyException();
    }

    @Test
    void a_missing_or_short_password_is_weak() {
        assertWeak(null, "at least 8");
        assertWeak("", "at least 8");
        assertWeak("1234567", "at least 8");
    }

    @Test
    void a_password_bcrypt_would_cut_is_refused() {
        assertWeak("x".repeat(73), "at most 72");
        // 25 characters but 75 bytes: bcrypt would ignore the last three bytes
        assertWeak("密".repeat(25), "72 bytes");
    }

    @Test
    void the_refusal_never_repeats_the_password() {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable("secret1"))
                .hasMessageNotContaining("secret1");
    }

    private static void assertWeak(String password, String because) {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable(password))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(UserError.WEAK_PASSWORD)).isTrue();
                    assertThat(e.getMessage()).contains(because);
                });
    }
}
