package io.kaola.inventory.reservation.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;
import org.junit.jupiter.api.Test;

import static io.kaola.inventory.api.ReservationStatus.DEDUCTED;
import static io.kaola.inventory.api.ReservationStatus.RELEASED;
import static io.kaola.inventory.api.ReservationStatus.RESERVED;
import static io.kaola.inventory.api.ReservationStatus.RESTOCKED;
import static io.kaola.inventory.reservation.domain.ReservationTransition.DEDUCT;
import static io.kaola.inventory.reservation.domain.ReservationTransition.LIFECYCLE;
import static io.kaola.inventory.reservation.domain.ReservationTransition.RELEASE;
import static io.kaola.inventory.reservation.domain.ReservationTransition.RESERVE;
import static io.kaola.inventory.reservation.domain.ReservationTransition.RESTOCK;
import static io.kaola.inventory.reservation.domain.ReservationTransition.RESTOCK_PART;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationTransitionTest {

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        int pairs = TransitionTableCheck.of(LIFECYCLE, InventoryError.RESERVATION_NOT_FOUND)
                .move(null, RESERVE, RESERVED)
                .stay(RESERVED, RESERVE)            // a repeat of the reservation
                .stay(DEDUCTED, RESERVE)            // the order already has its reservation
                .stay(RELEASED, RESERVE)
                .refuse(null, DEDUCT, InventoryError.RESERVATION_NOT_FOUND)
                .move(RESERVED, DEDUCT, DEDUCTED)
                .stay(DEDUCTED, DEDUCT)
                .refuse(RELEASED, DEDUCT, InventoryError.RESERVATION_RELEASED) // its stock may be sold to someone else
                .stay(null, RELEASE)                // nothing held, nothing to give back
                .move(RESERVED, RELEASE, RELEASED)
                .stay(DEDUCTED, RELEASE)            // sold goods are not released; a refund restocks them
                .stay(RELEASED, RELEASE)
                .stay(RESTOCKED, RESERVE)
                .stay(RESTOCKED, DEDUCT)            // a late payment notice after the restock
                .stay(RESTOCKED, RELEASE)           // nothing is held
                .refuse(null, RESTOCK, InventoryError.RESERVATION_NOT_FOUND)
                .refuse(RESERVED, RESTOCK, InventoryError.RESERVATION_NOT_DEDUCTED)   // nothing sold: release it
                .move(DEDUCTED, RESTOCK, RESTOCKED)  // the last deducted unit is back
                .refuse(RELEASED, RESTOCK, InventoryError.RESERVATION_NOT_DEDUCTED)
                .stay(RESTOCKED, RESTOCK)           // every unit back already: an empty restock answers as is
                .refuse(null, RESTOCK_PART, InventoryError.RESERVATION_NOT_FOUND)
                .refuse(RESERVED, RESTOCK_PART, InventoryError.RESERVATION_NOT_DEDUCTED)
                .stay(DEDUCTED, RESTOCK_PART)       // some units back, the status stays DEDUCTED
                .refuse(RELEASED, RESTOCK_PART, InventoryError.RESERVATION_NOT_DEDUCTED)
                .refuse(RESTOCKED, RESTOCK_PART, InventoryError.INVALID_QUANTITY)     // nothing is left
                .verify();
        assertThat(pairs).isEqualTo(25);
    }

    @Test
    void deducting_a_released_reservation_names_the_order() {
        assertThatThrownBy(() -> DEDUCT.decideFor("K2026110100001", RELEASED))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.RESERVATION_RELEASED)).isTrue())
                .hasMessageContaining("K2026110100001");
    }

    @Test
    void deducting_without_a_reservation_names_the_order() {
        assertThatThrownBy(() -> DEDUCT.decideFor("K2026110100002", null))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.RESERVATION_NOT_FOUND)).isTrue())
                .hasMessageContaining("K2026110100002");
    }

    @Test
    void restocking_a_reservation_that_was_never_deducted_names_the_order() {
        assertThatThrownBy(() -> RESTOCK.decideFor("K2026110100003", RESERVED))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.RESERVATION_NOT_DEDUCTED)).isTrue())
                .hasMessageContaining("K2026110100003")
                .hasMessageContaining("release it instead");
    }

    @Test
    void a_move_leaves_the_status_it_is_guarded_by_for_the_target_of_its_transition() {
        for (ReservationTransition t : ReservationTransition.values()) {
            for (ReservationStatus from : t.sources()) {
                assertThat(t.decideFor("O1", from).from()).isEqualTo(from);
                assertThat(t.decideFor("O1", from).to()).isEqualTo(t.target());
            }
        }
    }
}
