package io.kaola.logistics.carrier.sandbox;

import io.kaola.logistics.api.TrackingStatus;
import io.kaola.logistics.carrier.domain.KdniaoStateMapping;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.kaola.logistics.api.TrackingStatus.COLLECTED;
import static io.kaola.logistics.api.TrackingStatus.DELIVERED;
import static io.kaola.logistics.api.TrackingStatus.EXCEPTION;
import static io.kaola.logistics.api.TrackingStatus.IN_TRANSIT;
import static io.kaola.logistics.api.TrackingStatus.OUTBOUND;
import static io.kaola.logistics.api.TrackingStatus.OUT_FOR_DELIVERY;
import static io.kaola.logistics.api.TrackingStatus.PACKED;
import static io.kaola.logistics.api.TrackingStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxJourneyTest {

    @Test
    void the_plain_journey_goes_from_packed_to_delivered_and_each_code_maps_to_its_step() {
        List<SandboxJourney.Step> plan = SandboxJourney.plan("杭州市", null, false);
        assertThat(plan).extracting(SandboxJourney.Step::status)
                .containsExactly(PACKED, OUTBOUND, COLLECTED, IN_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED);
        for (SandboxJourney.Step step : plan) assertThat(KdniaoStateMapping.map(step.code())).contains(step.status());
    }

    @Test
    void an_exception_follows_the_first_step_of_its_status_and_a_refusal_returns_the_parcel() {
        List<SandboxJourney.Step> plan = SandboxJourney.plan("杭州市", COLLECTED, true);
        assertThat(plan).extracting(SandboxJourney.Step::status).containsExactly(PACKED, OUTBOUND, COLLECTED,
                EXCEPTION, IN_TRANSIT, IN_TRANSIT, OUT_FOR_DELIVERY, EXCEPTION, RETURNED);
        for (SandboxJourney.Step step : plan) assertThat(KdniaoStateMapping.map(step.code())).contains(step.status());
    }

    @Test
    void a_return_is_collected_carried_and_signed_back_into_the_warehouse() {
        List<SandboxJourney.Step> plan = SandboxJourney.returnPlan("杭州市");
        assertThat(plan).extracting(SandboxJourney.Step::status).containsExactly(COLLECTED, IN_TRANSIT, RETURNED);
        for (SandboxJourney.Step step : plan) assertThat(KdniaoStateMapping.map(step.code())).contains(step.status());
        assertThat(plan.get(0).place()).isEqualTo("杭州市");
        assertThat(SandboxJourney.returnPlan(null)).hasSize(3);
    }

    @Test
    void every_third_push_from_the_second_is_held_back() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 8)).filteredOn(SandboxJourney::heldBack).containsExactly(2, 5, 8);
    }

    @Test
    void exceptions_can_only_follow_a_status_under_way() {
        assertThat(SandboxJourney.EXCEPTION_AFTER).doesNotContain(TrackingStatus.DELIVERED, TrackingStatus.DECLARED);
    }
}
