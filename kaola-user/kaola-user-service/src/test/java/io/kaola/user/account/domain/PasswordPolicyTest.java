package io.kaola.user.account.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.UserError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void long_unguessable_passwords_are_accepted_the_readme_one_included() {
        for (String ok : new String[]{"correct-horse-battery", "ops-first-password", "horse-battery-staple-9",
                "e2e-1b4f0c2e-7a1d-4c3e-9b7f-0d5e6a7b8c9d", "Tr0ub4dor&3x", "kaola-shopper-2026", "蓝色的海边小屋很安静"}) {
            assertThatCode(() -> PasswordPolicy.requireAcceptable(ok)).as(ok).doesNotThrowAnyException();
        }
        String longest = "the-quick-brown-fox-jumps-over-the-lazy-dog-while-six-owls-sing-at-noon!";
        assertThat(longest).hasSize(PasswordPolicy.MAX_LENGTH);
        assertThatCode(() -> PasswordPolicy.requireAcceptable(longest)).doesNotThrowAnyException();
    }

    @Test
    void a_missing_or_short_password_is_weak() {
        assertWeak(null, "at least 10");
        assertWeak("", "at least 10");
        assertWeak("xK9#mQ2!v", "at least 10");
    }

    @Test
    void common_passwords_and_their_variants_are_weak_with_advice() {
        for (String common : new String[]{"password-123", "1234567890", "qwertyuiop", "Password123!", "P@ssw0rd123",
                "iloveyou12", "aaaaaaaaaaaa", "abcdefghijk", "trustno1trustno1"}) {
            assertWeak(common, "too easy to guess");
        }
        assertWeak("password-123", "commonly used password");
        assertWeak("qwertyuiop", "Choose a longer one");
    }

    @Test
    void the_accounts_own_email_or_name_does_not_make_a_password() {
        String password = "mei.han.shanghai";
        assertThatCode(() -> PasswordPolicy.requireAcceptable(password)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable(password,
                java.util.Arrays.asList("mei.han.shanghai@example.com", "mei.han.shanghai", null)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.WEAK_PASSWORD)).isTrue());
    }

    @Test
    void a_password_bcrypt_would_cut_is_refused() {
        assertWeak("x".repeat(73), "at most 72");
        // 25 characters but 75 bytes: bcrypt would ignore the last three bytes
        assertWeak("密".repeat(25), "72 bytes");
    }

    @Test
    void the_refusal_never_repeats_the_password() {
        for (String secret : new String[]{"secret1", "monkey12345", "password-123"}) {
            assertThatThrownBy(() -> PasswordPolicy.requireAcceptable(secret, List.of()))
                    .isInstanceOf(KaolaException.class).hasMessageNotContaining(secret);
        }
    }

    private static void assertWeak(String password, String because) {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable(password))
                .as(password)
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(UserError.WEAK_PASSWORD)).isTrue();
                    assertThat(e.getMessage()).contains(because);
                });
    }
}
