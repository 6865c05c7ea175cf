package io.kaola.common.deadletter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityNumberMaskTest {

    @Test
    void every_identity_number_in_a_json_body_is_masked_first_4_and_last_4_kept() {
        String body = "{\"payerIdNumber\":\"33010619900307123X\",\"other\":\"110105194912310021\",\"name\":\"张三\"}";

        assertThat(IdentityNumberMask.maskAll(body)).isEqualTo(
                "{\"payerIdNumber\":\"3301**********123X\",\"other\":\"1101**********0021\",\"name\":\"张三\"}");
    }

    @Test
    void a_lower_case_x_is_masked_too_and_the_text_around_stays() {
        assertThat(IdentityNumberMask.maskAll("id 33010619900307123x ok")).isEqualTo("id 3301**********123x ok");
    }

    @Test
    void longer_or_shorter_digit_runs_and_null_are_left_alone() {
        assertThat(IdentityNumberMask.maskAll("P2026010112345678901")).isEqualTo("P2026010112345678901");
        assertThat(IdentityNumberMask.maskAll("1234567890123456789")).isEqualTo("1234567890123456789");
        assertThat(IdentityNumberMask.maskAll("12345678901234567")).isEqualTo("12345678901234567");
        assertThat(IdentityNumberMask.maskAll(null)).isNull();
    }
}
