package io.kaola.gateway.grey;

import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GreyReleaseTest {

    @Test
    void the_bucket_is_fixed_by_the_language_so_every_instance_agrees() {
        // pinned values: a change of the hash would move users between versions in the middle of a release
        assertThat(LongStream.rangeClosed(1, 10).map(u -> GreyRelease.bucket("kaola-pricing", u)).boxed().toList())
                .containsExactly(41L, 83L, 23L, 0L, 6L, 98L, 30L, 59L, 64L, 73L);
        assertThat(LongStream.rangeClosed(1, 10_000).map(u -> GreyRelease.bucket("kaola-pricing", u)).allMatch(b -> b >= 0 && b < 100)).isTrue();
    }

    @Test
    void a_percentage_selects_about_that_share_and_raising_it_only_adds_users() {
        GreyRelease ten = new GreyRelease("kaola-pricing", "beta", List.of(), 10);
        GreyRelease twenty = new GreyRelease("kaola-pricing", "beta", List.of(), 20);
        long in10 = LongStream.rangeClosed(1, 10_000).filter(ten::includes).count();
        assertThat(in10).isBetween(900L, 1100L);
        assertThat(LongStream.rangeClosed(1, 10_000).filter(ten::includes).allMatch(twenty::includes)).isTrue();
        assertThat(LongStream.rangeClosed(1, 1000).noneMatch(new GreyRelease("kaola-pricing", "beta", List.of(), 0)::includes)).isTrue();
        assertThat(LongStream.rangeClosed(1, 1000).allMatch(new GreyRelease("kaola-pricing", "beta", List.of(), 100)::includes)).isTrue();
    }

    @Test
    void listed_users_are_in_whatever_their_bucket() {
        GreyRelease rule = new GreyRelease("kaola-pricing", "beta", List.of(7L, 3L, 7L), 0);
        assertThat(rule.userIds()).containsExactly(3L, 7L);
        assertThat(rule.includes(7)).isTrue();
        assertThat(rule.includes(8)).isFalse();
    }

    @Test
    void a_dubbo_interface_maps_to_its_service_by_package() {
        assertThat(GreyRelease.serviceOf("io.kaola.pricing.api.PricingService")).isEqualTo("kaola-pricing");
        assertThat(GreyRelease.serviceOf("io.kaola.product.api.CatalogService")).isEqualTo("kaola-product");
        assertThat(GreyRelease.serviceOf("io.kaola.common.deadletter.DeadLetterService")).isNull();
        assertThat(GreyRelease.serviceOf("io.kaola.gateway.api.X")).isNull();
        assertThat(GreyRelease.serviceOf("org.apache.dubbo.metadata.MetadataService")).isNull();
    }

    @Test
    void invalid_rules_are_refused() {
        for (GreyRelease bad : List.of(new GreyRelease("kaola-gateway", "beta", null, 1),
                new GreyRelease("kaola-pricing", "", null, 1), new GreyRelease("kaola-pricing", "BETA", null, 1),
                new GreyRelease("kaola-pricing", "beta", null, -1), new GreyRelease("kaola-pricing", "beta", List.of(-5L), 1))) {
            assertThatThrownBy(bad::validated).isInstanceOf(KaolaException.class)
                    .extracting(e -> ((KaolaException) e).code()).isEqualTo("COMMON_INVALID_REQUEST");
        }
        assertThat(new GreyRelease("kaola-pricing", "beta-2.1", null, 100).validated().userIds()).isEmpty();
    }
}
