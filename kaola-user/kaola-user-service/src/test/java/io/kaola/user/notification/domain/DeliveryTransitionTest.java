package io.kaola.user.notification.domain;

import io.kaola.common.error.CommonError;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.order.api.OrderStatus;
import org.junit.jupiter.api.Test;

import static io.kaola.user.notification.domain.DeliveryStatus.PENDING;
import static io.kaola.user.notification.domain.DeliveryStatus.SENT;
import static io.kaola.user.notification.domain.DeliveryTransition.RECORD;
import static io.kaola.user.notification.domain.DeliveryTransition.SEND;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTransitionTest {

    @Test
    void every_pair_of_the_delivery_table() {
        TransitionTableCheck.of(DeliveryTransition.LIFECYCLE, CommonError.INVALID_REQUEST)
                .move(null, RECORD, PENDING)
                .stay(PENDING, RECORD)
                .stay(SENT, RECORD)
                .move(PENDING, SEND, SENT)
                .stay(SENT, SEND)
                .verify();
    }

    @Test
    void every_order_status_has_a_text_naming_the_order_and_reasons_are_masked() {
        for (OrderStatus status : OrderStatus.values()) {
            OrderNotices.Notice notice = OrderNotices.of(status, "N-1", null);
            assertThat(notice.title()).isNotBlank();
            assertThat(notice.text()).contains("N-1");
        }
        assertThat(OrderNotices.of(OrderStatus.CUSTOMS_REJECTED, "N-1", "身份不符 33010619900307123X").text())
                .contains("3301**********123X").doesNotContain("33010619900307123X");
    }
}
