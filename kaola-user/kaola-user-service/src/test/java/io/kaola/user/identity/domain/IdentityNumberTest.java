package io.kaola.user.identity.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.UserError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GB 11643-1999 numbers; values from docs/cross-border.md §3 and §7 (I1, I2). */
class IdentityNumberTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Nested
    class Valid {
        @ParameterizedTest
        @ValueSource(strings = {"11010519491231002X", "110101190001019991", "110101190001019940", "110101200002290018"})
        void the_numbers_of_case_I1_are_accepted(String number) {
            assertThat(IdentityNumber.parse(number, TODAY).value()).isEqualTo(number);
        }

        @Test
        void example_A_of_the_standard_has_check_character_X_and_its_birth_date() {
            IdentityNumber a = IdentityNumber.parse("11010519491231002X", TODAY);
            assertThat(IdentityNumber.checkCharacter("11010519491231002")).isEqualTo('X');
            assertThat(a.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        }

        @Test
        void example_B_of_the_standard_born_1880_has_check_character_4_and_passes_the_standard_alone() {
            assertThat(IdentityNumber.checkCharacter("44052418800101001")).isEqualTo('4');
            assertThat(IdentityNumber.parse("440524188001010014", TODAY, LocalDate.of(1800, 1, 1)).birthDate())
                    .isEqualTo(LocalDate.of(1880, 1, 1));
        }

        @Test
        void example_B_is_refused_by_the_1900_birth_date_policy() {
            assertRefused("440524188001010014", UserError.ID_NUMBER_BAD_DATE);
        }

        @Test
        void c_and_d_born_on_1_january_1900_are_the_earliest_accepted() {
            assertThat(IdentityNumber.checkCharacter("11010119000101999")).isEqualTo('1');
            assertThat(IdentityNumber.checkCharacter("11010119000101994")).isEqualTo('0');
            assertThat(IdentityNumber.parse("110101190001019940", TODAY).birthDate()).isEqualTo(IdentityNumber.EARLIEST_BIRTH_DATE);
        }

        @Test
        void a_leap_day_of_a_leap_year_is_a_real_birth_date() {
            assertThat(IdentityNumber.parse("110101200002290018", TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        }

        @Test
        void a_lower_case_x_and_surrounding_spaces_are_normalised() {
            assertThat(IdentityNumber.parse("  11010519491231002x \t", TODAY).value()).isEqualTo("11010519491231002X");
        }

        @Test
        void a_person_born_today_is_accepted() {
            assertThat(IdentityNumber.parse("110101202606150015", TODAY).birthDate()).isEqualTo(TODAY);
        }

        @ParameterizedTest
        @ValueSource(strings = {"710101199001011239", "820101199001011234", "33010619900101123X"})
        void taiwan_macao_and_zhejiang_prefixes_are_provinces(String number) {
            assertThat(IdentityNumber.parse(number, TODAY).value()).isEqualTo(number);
        }
    }

    @Nested
    class Invalid {
        @ParameterizedTest
        @CsvSource({
                "110105194912310021, ID_NUMBER_BAD_CHECK_DIGIT",   // should end in X
                "110105194902300020, ID_NUMBER_BAD_DATE",          // 30 February
                "310115201002290018, ID_NUMBER_BAD_DATE",          // 2010 is not a leap year
                "110101209912310015, ID_NUMBER_BAD_DATE",          // born in the future
                "11010519491231002, ID_NUMBER_MALFORMED",          // 17 characters
                "1101051949123100X2, ID_NUMBER_MALFORMED"})        // 'X' not last
        void the_six_numbers_of_case_I2_are_refused_each_with_its_own_code(String number, UserError expected) {
            assertRefused(number, expected);
        }

        @Test
        void the_codes_of_I2_are_distinct_for_length_format_date_and_checksum() {
            assertThat(refusal("11010519491231002").getMessage()).contains("18 characters");
            assertThat(refusal("1101051949123100X2").getMessage()).contains("'X' may only be the last");
            assertThat(refusal("110105194902300020").getMessage()).contains("not a real date");
            assertThat(refusal("110101209912310015").getMessage()).contains("in the future");
            assertThat(refusal("110105194912310021").getMessage()).contains("last character");
        }

        @Test
        void a_15_digit_first_generation_number_is_refused_as_malformed() {
            assertThat(refusal("110105491231002").getMessage()).contains("15-digit");
            assertRefused("110105491231002", UserError.ID_NUMBER_MALFORMED);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "1101051949123100211", "11010519491231002Y", "1101051949１231002X", "ABCDEFGHIJKLMNOPQR"})
        void missing_or_misshaped_numbers_are_malformed(String number) {
            assertRefused(number, UserError.ID_NUMBER_MALFORMED);
        }

        @ParameterizedTest
        @ValueSource(strings = {"990101199001011230", "160101199001011236", "000101199001011231"})
        void an_unknown_province_code_is_a_bad_region_even_with_a_right_check_character(String number) {
            assertRefused(number, UserError.ID_NUMBER_BAD_REGION);
        }

        @Test
        void a_birth_date_tomorrow_is_in_the_future() {
            assertRefused("110101202606160010", UserError.ID_NUMBER_BAD_DATE);
        }

        @Test
        void no_refusal_repeats_the_number() {
            for (String number : new String[] {"110105194912310021", "110105194902300020", "110101209912310015",
                    "11010519491231002", "1101051949123100X2", "990101199001011230"}) {
                assertThat(refusal(number).getMessage()).doesNotContain(number).doesNotContain(number.substring(6, 14));
            }
        }
    }

    @Test
    void masked_shows_the_first_and_last_four_characters_around_ten_stars() {
        IdentityNumber a = IdentityNumber.parse("11010519491231002X", TODAY);
        assertThat(a.masked()).isEqualTo("1101**********002X").hasSize(18);
        assertThat(a.toString()).isEqualTo("1101**********002X");
        assertThat(String.valueOf(a)).doesNotContain("19491231");
    }

    @Test
    void equal_numbers_are_equal_whatever_case_they_were_typed_in() {
        assertThat(IdentityNumber.parse("11010519491231002x", TODAY)).isEqualTo(IdentityNumber.parse("11010519491231002X", TODAY))
                .hasSameHashCodeAs(IdentityNumber.parse("11010519491231002X", TODAY));
    }

    private static void assertRefused(String number, UserError expected) {
        assertThatThrownBy(() -> IdentityNumber.parse(number, TODAY))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo(expected.code()));
    }

    private static KaolaException refusal(String number) {
        try {
            IdentityNumber.parse(number, TODAY);
        } catch (KaolaException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
