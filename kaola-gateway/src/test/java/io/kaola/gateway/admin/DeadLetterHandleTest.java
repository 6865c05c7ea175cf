package io.kaola.gateway.admin;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadLetterHandleTest {

    @Test
    void an_id_names_the_service_and_its_row() {
        assertThat(DeadLetterController.Handle.parse("kaola-order:42"))
                .isEqualTo(new DeadLetterController.Handle("kaola-order", 42));
    }

    @Test
    void anything_else_is_an_invalid_request() {
        for (String bad : new String[]{"42", "kaola-order:", ":42", "kaola-order:x", "kaola-order:-1", "kaola-order:0"}) {
            assertThatThrownBy(() -> DeadLetterController.Handle.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CommonError.INVALID_REQUEST)).isTrue());
        }
    }
}
