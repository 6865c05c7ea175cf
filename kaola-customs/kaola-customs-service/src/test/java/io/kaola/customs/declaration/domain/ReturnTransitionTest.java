package io.kaola.customs.declaration.domain;

import io.kaola.common.test.TransitionTableCheck;
import io.kaola.customs.api.CustomsError;
import org.junit.jupiter.api.Test;

import static io.kaola.customs.declaration.domain.ReturnDeclarationStatus.ACCEPTED;
import static io.kaola.customs.declaration.domain.ReturnDeclarationStatus.REFUSED;
import static io.kaola.customs.declaration.domain.ReturnDeclarationStatus.SENT;
import static io.kaola.customs.declaration.domain.ReturnTransition.ACCEPT;
import static io.kaola.customs.declaration.domain.ReturnTransition.DECLARE;
import static io.kaola.customs.declaration.domain.ReturnTransition.LIFECYCLE;
import static io.kaola.customs.declaration.domain.ReturnTransition.REFUSE;
import static org.assertj.core.api.Assertions.assertThat;

class ReturnTransitionTest {

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        int pairs = TransitionTableCheck.of(LIFECYCLE, CustomsError.ILLEGAL_TRANSITION)
                .move(null, DECLARE, SENT).stay(SENT, DECLARE).stay(ACCEPTED, DECLARE).stay(REFUSED, DECLARE)
                .refuse(null, ACCEPT, CustomsError.ILLEGAL_TRANSITION).move(SENT, ACCEPT, ACCEPTED)
                .stay(ACCEPTED, ACCEPT).refuse(REFUSED, ACCEPT, CustomsError.ILLEGAL_TRANSITION)
                .refuse(null, REFUSE, CustomsError.ILLEGAL_TRANSITION).move(SENT, REFUSE, REFUSED)
                .stay(REFUSED, REFUSE).refuse(ACCEPTED, REFUSE, CustomsError.ILLEGAL_TRANSITION)
                .verify();
        assertThat(pairs).isEqualTo((ReturnDeclarationStatus.values().length + 1) * ReturnTransition.values().length);
    }

    @Test
    void a_late_receipt_contradicting_the_decision_is_refused_and_says_why() {
        assertThat(REFUSE.decide(ACCEPTED).reason()).contains("accepted");
        assertThat(ACCEPT.decide(REFUSED).reason()).contains("refused");
        assertThat(DECLARE.decide(ACCEPTED).stays()).isTrue();
    }
}
