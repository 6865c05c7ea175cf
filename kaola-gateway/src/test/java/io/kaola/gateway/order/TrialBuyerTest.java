package io.kaola.gateway.order;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.gateway.auth.Caller;
import io.kaola.user.api.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrialBuyerTest {
    static final Caller SHOPPER = new Caller(7, "ann@example.com", Set.of(Role.SHOPPER));
    static final Caller OPS = new Caller(9, "ops@example.com", Set.of(Role.SHOPPER, Role.OPS));

    @Test
    void a_trial_without_a_user_is_for_the_caller() {
        assertThat(TrialBuyer.of(SHOPPER, null)).isEqualTo(7);
        assertThat(TrialBuyer.of(OPS, null)).isEqualTo(9);
    }

    @Test
    void a_shopper_may_name_themself() {
        assertThat(TrialBuyer.of(SHOPPER, 7L)).isEqualTo(7);
    }

    @Test
    void a_shopper_naming_another_user_is_forbidden() {
        assertThatThrownBy(() -> TrialBuyer.of(SHOPPER, 8L)).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.is(CommonError.FORBIDDEN)).isTrue());
    }

    @Test
    void ops_may_price_for_any_user() {
        assertThat(TrialBuyer.of(OPS, 8L)).isEqualTo(8);
    }
}
