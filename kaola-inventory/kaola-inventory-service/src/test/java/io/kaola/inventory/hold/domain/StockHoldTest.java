package io.kaola.inventory.hold.domain;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.api.InventoryError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StockHoldTest {
    private static final StockHold OPEN_HOLD = new StockHold("SECKILL-1", "BONDED-NINGBO", "SKU-A", 10, 3, 0, HoldStatus.OPEN);

    @Test
    void a_hold_id_is_one_to_sixty_four_non_blank_characters() {
        assertThatCode(() -> StockHold.checkRequest("x".repeat(64), "SKU-A", 1)).doesNotThrowAnyException();
        assertRefused(() -> StockHold.checkRequest(null, "SKU-A", 1), CommonError.INVALID_REQUEST);
        assertRefused(() -> StockHold.checkRequest("  ", "SKU-A", 1), CommonError.INVALID_REQUEST);
        assertRefused(() -> StockHold.checkRequest("x".repeat(65), "SKU-A", 1), CommonError.INVALID_REQUEST);
    }

    @Test
    void a_hold_needs_a_sku_and_one_to_a_million_units() {
        assertRefused(() -> StockHold.checkRequest("H", " ", 1), CommonError.INVALID_REQUEST);
        assertRefused(() -> StockHold.checkRequest("H", null, 1), CommonError.INVALID_REQUEST);
        assertRefused(() -> StockHold.checkRequest("H", "SKU-A", 0), InventoryError.INVALID_QUANTITY);
        assertRefused(() -> StockHold.checkRequest("H", "SKU-A", 1_000_001), InventoryError.INVALID_QUANTITY);
        assertThatCode(() -> StockHold.checkRequest("H", "SKU-A", 1_000_000)).doesNotThrowAnyException();
    }

    @Test
    void a_repeat_of_the_same_request_is_answered_with_the_hold_and_any_other_is_refused() {
        assertThat(OPEN_HOLD.answerRepeat("BONDED-NINGBO", "SKU-A", 10)).isSameAs(OPEN_HOLD);
        assertRefused(() -> OPEN_HOLD.answerRepeat("BONDED-NINGBO", "SKU-A", 11), InventoryError.HOLD_ID_REUSED);
        assertRefused(() -> OPEN_HOLD.answerRepeat("BONDED-NINGBO", "SKU-B", 10), InventoryError.HOLD_ID_REUSED);
        assertRefused(() -> OPEN_HOLD.answerRepeat("BONDED-SHANGHAI", "SKU-A", 10), InventoryError.HOLD_ID_REUSED);
    }

    @Test
    void an_order_takes_only_from_an_open_hold_with_enough_units_left() {
        assertThatCode(() -> StockHold.checkTake("SECKILL-1", OPEN_HOLD, 3)).doesNotThrowAnyException();
        assertRefused(() -> StockHold.checkTake("SECKILL-1", null, 1), InventoryError.HOLD_NOT_FOUND);
        assertRefused(() -> StockHold.checkTake("SECKILL-1", OPEN_HOLD.closed(), 1), InventoryError.HOLD_CLOSED);
        assertThatThrownBy(() -> StockHold.checkTake("SECKILL-1", OPEN_HOLD, 4))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(InventoryError.HOLD_EXHAUSTED)).isTrue())
                .hasMessageContaining("only 3 left");
    }

    @Test
    void closing_returns_what_remains() {
        StockHold closed = OPEN_HOLD.closed();
        assertThat(closed).isEqualTo(new StockHold("SECKILL-1", "BONDED-NINGBO", "SKU-A", 10, 0, 3, HoldStatus.CLOSED));
        assertThat(StockHold.open("H", "W", "S", 5)).isEqualTo(new StockHold("H", "W", "S", 5, 5, 0, HoldStatus.OPEN));
    }

    private static void assertRefused(Runnable call, ErrorCode error) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo(error.code()));
    }
}
