package io.kaola.logistics.waybill.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.logistics.api.LogisticsError;
import org.junit.jupiter.api.Test;

import static io.kaola.logistics.api.WaybillStatus.CANCELLED;
import static io.kaola.logistics.api.WaybillStatus.CREATED;
import static io.kaola.logistics.api.WaybillStatus.SHIPPED;
import static io.kaola.logistics.waybill.domain.WaybillTransition.CANCEL;
import static io.kaola.logistics.waybill.domain.WaybillTransition.CREATE;
import static io.kaola.logistics.waybill.domain.WaybillTransition.LIFECYCLE;
import static io.kaola.logistics.waybill.domain.WaybillTransition.SHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaybillTransitionTest {

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        int pairs = TransitionTableCheck.of(LIFECYCLE, LogisticsError.ILLEGAL_TRANSITION)
                .move(null, CREATE, CREATED)
                .stay(CREATED, CREATE)
                .stay(SHIPPED, CREATE)
                .stay(CANCELLED, CREATE)
                .refuse(null, SHIP, LogisticsError.WAYBILL_NOT_FOUND)
                .move(CREATED, SHIP, SHIPPED)
                .stay(SHIPPED, SHIP)
                .refuse(CANCELLED, SHIP, LogisticsError.ILLEGAL_TRANSITION)
                .refuse(null, CANCEL, LogisticsError.WAYBILL_NOT_FOUND)
                .move(CREATED, CANCEL, CANCELLED)
                .refuse(SHIPPED, CANCEL, LogisticsError.ILLEGAL_TRANSITION)
                .stay(CANCELLED, CANCEL)
                .verify();
        assertThat(pairs).isEqualTo(12);
    }

    @Test
    void shipping_a_cancelled_waybill_names_the_order() {
        assertThatThrownBy(() -> SHIP.decideFor("K202603010001", CANCELLED))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(LogisticsError.ILLEGAL_TRANSITION)).isTrue())
                .hasMessageContaining("K202603010001");
    }
}
