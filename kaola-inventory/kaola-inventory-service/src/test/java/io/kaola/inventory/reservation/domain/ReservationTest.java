package io.kaola.inventory.reservation.domain;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.InventoryError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReservationTest {

    @Test
    void lines_come_back_sorted_by_sku_code_so_rows_are_locked_in_one_order() {
        List<ReservationLine> sorted = Reservation.checkRequest("O1",
                List.of(new ReservationLine("SKU-C", 1), new ReservationLine("SKU-A", 2), new ReservationLine("SKU-B", 999)));
        assertThat(sorted).extracting(ReservationLine::skuCode).containsExactly("SKU-A", "SKU-B", "SKU-C");
    }

    @Test
    void a_reservation_without_lines_is_refused() {
        assertRefused(() -> Reservation.checkRequest("O1", List.of()), InventoryError.INVALID_QUANTITY);
    }

    @Test
    void a_quantity_of_zero_or_above_999_is_refused() {
        assertRefused(() -> Reservation.checkRequest("O1", List.of(new ReservationLine("A", 0))), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> Reservation.checkRequest("O1", List.of(new ReservationLine("A", -1))), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> Reservation.checkRequest("O1", List.of(new ReservationLine("A", 1000))), InventoryError.INVALID_QUANTITY);
    }

    @Test
    void the_same_sku_on_two_lines_is_refused() {
        assertRefused(() -> Reservation.checkRequest("O1", List.of(new ReservationLine("A", 1), new ReservationLine("A", 2))),
                InventoryError.INVALID_QUANTITY);
    }

    @Test
    void a_blank_order_number_or_sku_code_is_refused() {
        assertRefused(() -> Reservation.checkRequest(" ", List.of(new ReservationLine("A", 1))), CommonError.INVALID_REQUEST);
        assertRefused(() -> Reservation.checkRequest("O1", List.of(new ReservationLine("", 1))), CommonError.INVALID_REQUEST);
    }

    private static void assertRefused(Runnable call, io.kaola.common.error.ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo(code.code()));
    }
}
