package io.kaola.inventory.reservation.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.kaola.inventory.reservation.domain.ReservationTransition.Decision.APPLY;
import static io.kaola.inventory.reservation.domain.ReservationTransition.Decision.KEEP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationTransitionTest {

    /** Expected outcome: a Decision, or the error code thrown. */
    private static Object expected(ReservationStatus from, ReservationTransition t) {
        if (from == null) {
            return switch (t) {
                case RESERVE -> APPLY;
                case DEDUCT -> InventoryError.RESERVATION_NOT_FOUND;
                case RELEASE -> KEEP;
            };
        }
        return switch (from) {
            case RESERVED -> switch (t) {
                case RESERVE -> KEEP;      // repeat of the reservation
                case DEDUCT, RELEASE -> APPLY;
            };
            case DEDUCTED -> switch (t) {
                case RESERVE, DEDUCT -> KEEP;
                case RELEASE -> KEEP;      // sold goods are not released; a refund restocks them
            };
            case RELEASED -> switch (t) {
                case RESERVE, RELEASE -> KEEP;
                case DEDUCT -> InventoryError.RESERVATION_RELEASED;
            };
        };
    }

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        List<ReservationStatus> statuses = new ArrayList<>(Arrays.asList(ReservationStatus.values()));
        statuses.add(null); // no reservation yet
        int walked = 0;
        for (ReservationStatus from : statuses) {
            for (ReservationTransition t : ReservationTransition.values()) {
                Object expected = expected(from, t);
                if (expected instanceof InventoryError error) {
                    assertThatThrownBy(() -> t.decide("O1", from))
                            .as("%s from %s", t, from)
                            .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(error)).isTrue());
                } else {
                    assertThat(t.decide("O1", from)).as("%s from %s", t, from).isEqualTo(expected);
                }
                walked++;
            }
        }
        assertThat(walked).isEqualTo(12);
    }

    @Test
    void an_applied_transition_only_leaves_a_status_it_lists_as_its_source() {
        for (ReservationStatus from : ReservationStatus.values()) {
            for (ReservationTransition t : ReservationTransition.values()) {
                if (t.from().contains(from)) assertThat(t.decide("O1", from)).isEqualTo(APPLY);
            }
        }
        assertThat(ReservationTransition.DEDUCT.to()).isEqualTo(ReservationStatus.DEDUCTED);
        assertThat(ReservationTransition.RELEASE.to()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(ReservationTransition.RESERVE.to()).isEqualTo(ReservationStatus.RESERVED);
    }

    @Test
    void deducting_a_released_reservation_names_the_order() {
        assertThatThrownBy(() -> ReservationTransition.DEDUCT.decide("K2026110100001", ReservationStatus.RELEASED))
                .hasMessageContaining("K2026110100001");
    }
}
