package io.kaola.user.account.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void an_email_is_trimmed_and_lower_cased() {
        assertThat(EmailAddress.parse("  Ann.Lee+shop@Example.COM ").value()).isEqualTo("ann.lee+shop@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.cn", "o'hara@mail.example.co.uk", "x_y-z@sub-domain.example.org"})
    void common_addresses_are_accepted(String email) {
        assertThat(EmailAddress.parse(email).value()).isEqualTo(email);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain", "@example.com", "ann@", "ann@localhost", "ann..lee@example.com", ".ann@example.com",
            "ann@-example.com", "ann@example.c", "ann lee@example.com", "ann@example.com.", "a@b@example.com",
            "张三@example.com", "   "})
    void malformed_addresses_are_refused_as_invalid_email(String email) {
        assertThatThrownBy(() -> EmailAddress.parse(email))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.INVALID_EMAIL)).isTrue());
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        String domain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".example.com";
        assertThat(("ann@" + domain).length()).isGreaterThan(254);
        assertThatThrownBy(() -> EmailAddress.parse("ann@" + domain))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.getMessage()).contains("254"));
    }

    @Test
    void a_local_part_longer_than_64_characters_is_refused() {
        assertThatThrownBy(() -> EmailAddress.parse("a".repeat(65) + "@example.com"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.INVALID_EMAIL)).isTrue());
        assertThat(EmailAddress.parse("a".repeat(64) + "@example.com").localPart()).hasSize(64);
    }

    @Test
    void try_parse_answers_empty_instead_of_explaining() {
        assertThat(EmailAddress.tryParse("not an email")).isEmpty();
        assertThat(EmailAddress.tryParse("Ann@Example.com")).contains(new EmailAddress("ann@example.com"));
    }
}
