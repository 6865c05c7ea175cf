package io.kaola.product.catalogimport.domain;

import io.kaola.product.catalogimport.domain.TaxProfileMapping.Rule;
import io.kaola.product.catalogimport.domain.TaxProfileMapping.TaxProfile;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxProfileMappingTest {
    static final TaxProfile GENERAL = TaxProfile.of("GENERAL", true);
    static final TaxProfileMapping MAPPING = new TaxProfileMapping(List.of(
            new Rule("kitchen", "GENERAL", true),
            new Rule("Skincare", "cosmetics", true),
            new Rule("wine", "WINE", true),
            new Rule("beer", "BEER_SPIRITS", false)), TaxProfile.of("REDUCED_9", true));

    /** kitchen > bar > bar-accessories; beauty > skincare > masks; drinks > wine, beer. */
    static final Map<String, String> PARENTS = new HashMap<>();
    static {
        PARENTS.put("kitchen", null);
        PARENTS.put("bar", "kitchen");
        PARENTS.put("bar-accessories", "bar");
        PARENTS.put("beauty", null);
        PARENTS.put("skincare", "beauty");
        PARENTS.put("masks", "skincare");
        PARENTS.put("drinks", null);
        PARENTS.put("wine", "drinks");
        PARENTS.put("beer", "drinks");
    }

    @Test void a_product_in_a_mapped_category_takes_its_rule() {
        assertThat(MAPPING.profileOf(List.of("beer"), PARENTS)).isEqualTo(new TaxProfile("BEER_SPIRITS", false));
    }

    @Test void keys_match_whatever_their_case_and_codes_are_kept_in_upper_case() {
        assertThat(MAPPING.profileOf(List.of("skincare"), PARENTS)).isEqualTo(new TaxProfile("COSMETICS", true));
        assertThat(MAPPING.profileOf(List.of("WINE"), PARENTS)).isEqualTo(new TaxProfile("WINE", true));
    }

    @Test void the_first_of_the_products_own_categories_with_a_rule_wins() {
        assertThat(MAPPING.profileOf(List.of("drinks", "wine", "beer"), PARENTS)).isEqualTo(new TaxProfile("WINE", true));
        assertThat(MAPPING.profileOf(List.of("beer", "wine"), PARENTS)).isEqualTo(new TaxProfile("BEER_SPIRITS", false));
    }

    @Test void a_category_without_a_rule_inherits_the_nearest_mapped_ancestor() {
        assertThat(MAPPING.profileOf(List.of("masks"), PARENTS)).isEqualTo(new TaxProfile("COSMETICS", true));
        assertThat(MAPPING.profileOf(List.of("bar-accessories"), PARENTS)).isEqualTo(GENERAL);
    }

    @Test void a_category_named_on_the_product_beats_one_inherited_from_a_parent() {
        assertThat(MAPPING.profileOf(List.of("bar-accessories", "wine"), PARENTS)).isEqualTo(new TaxProfile("WINE", true));
    }

    @Test void a_product_no_rule_reaches_gets_the_default() {
        assertThat(MAPPING.profileOf(List.of("drinks"), PARENTS)).isEqualTo(new TaxProfile("REDUCED_9", true));
        assertThat(MAPPING.profileOf(List.of(), PARENTS)).isEqualTo(new TaxProfile("REDUCED_9", true));
        assertThat(MAPPING.profileOf(List.of("unknown-category"), PARENTS)).isEqualTo(new TaxProfile("REDUCED_9", true));
    }

    @Test void a_cycle_in_stored_parents_does_not_loop() {
        Map<String, String> cycle = Map.of("a", "b", "b", "a");

        assertThat(MAPPING.profileOf(List.of("a"), cycle)).isEqualTo(new TaxProfile("REDUCED_9", true));
    }

    @Test void a_category_mapped_twice_or_a_rule_without_code_is_a_configuration_error() {
        assertThatThrownBy(() -> new TaxProfileMapping(List.of(new Rule("wine", "WINE", true), new Rule("Wine", "GENERAL", true)), GENERAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'wine' is mapped twice");
        assertThatThrownBy(() -> new TaxProfileMapping(List.of(new Rule("wine", " ", true)), GENERAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taxCategoryCode");
    }
}
