package io.kaola.inventory.reservation.domain;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.api.ReservationStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestockPlanTest {
    private static final Reservation SOLD = new Reservation("K1", "W", ReservationStatus.DEDUCTED,
            List.of(new ReservationLine("A", 3), new ReservationLine("B", 1)));

    @Test
    void an_empty_request_puts_back_every_unit_not_yet_restocked_and_completes() {
        RestockPlan plan = RestockPlan.of(SOLD, List.of(new RestockedUnits("r1", "A", 1)), List.of());
        assertThat(plan.lines()).containsExactly(new ReservationLine("A", 2), new ReservationLine("B", 1));
        assertThat(plan.transition()).isEqualTo(ReservationTransition.RESTOCK);
        assertThat(plan.excess()).isNull();
    }

    @Test
    void a_return_of_some_units_is_partial_and_the_rest_completes() {
        RestockPlan first = RestockPlan.of(SOLD, List.of(), List.of(new ReservationLine("A", 2)));
        assertThat(first.lines()).containsExactly(new ReservationLine("A", 2));
        assertThat(first.transition()).isEqualTo(ReservationTransition.RESTOCK_PART);

        RestockPlan rest = RestockPlan.of(SOLD, List.of(new RestockedUnits("r1", "A", 2)),
                List.of(new ReservationLine("B", 1), new ReservationLine("A", 1)));
        assertThat(rest.lines()).as("sorted by sku").containsExactly(new ReservationLine("A", 1), new ReservationLine("B", 1));
        assertThat(rest.transition()).isEqualTo(ReservationTransition.RESTOCK);
    }

    @Test
    void more_than_is_left_or_a_sku_the_order_does_not_have_is_an_excess_and_plans_nothing() {
        RestockPlan over = RestockPlan.of(SOLD, List.of(new RestockedUnits("r1", "A", 2)), List.of(new ReservationLine("A", 2)));
        assertThat(over.excess()).contains("only 1 of sku A");
        assertThat(over.lines()).isEmpty();
        assertRefused(over::checkWithinLeft, InventoryError.INVALID_QUANTITY);

        RestockPlan unknown = RestockPlan.of(SOLD, List.of(), List.of(new ReservationLine("Z", 1)));
        assertThat(unknown.excess()).contains("no sku Z");
        assertRefused(unknown::checkWithinLeft, InventoryError.INVALID_QUANTITY);
    }

    @Test
    void nothing_left_and_nothing_asked_is_an_empty_complete_plan() {
        RestockPlan plan = RestockPlan.of(SOLD.withStatus(ReservationStatus.RESTOCKED),
                List.of(new RestockedUnits("r1", "A", 3), new RestockedUnits("r2", "B", 1)), List.of());
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.transition()).isEqualTo(ReservationTransition.RESTOCK);
    }

    @Test
    void a_bad_request_is_refused_before_anything_is_read() {
        assertRefused(() -> RestockPlan.checkRequest(" ", "r", List.of()), CommonError.INVALID_REQUEST);
        assertRefused(() -> RestockPlan.checkRequest("K1", "", List.of()), CommonError.INVALID_REQUEST);
        assertRefused(() -> RestockPlan.checkRequest("K1", "r".repeat(65), List.of()), CommonError.INVALID_REQUEST);
        assertRefused(() -> RestockPlan.checkRequest("K1", "r", List.of(new ReservationLine("A", 0))), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> RestockPlan.checkRequest("K1", "r",
                List.of(new ReservationLine("A", 1), new ReservationLine("A", 1))), InventoryError.INVALID_QUANTITY);
        RestockPlan.checkRequest("K1", "r", List.of(new ReservationLine("A", 1)));
    }

    private static void assertRefused(Runnable call, ErrorCode error) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo(error.code()));
    }
}
