package io.kaola.customs.declaration.domain;

import io.kaola.common.test.TransitionTableCheck;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.DeclarationStatus;
import org.junit.jupiter.api.Test;

import static io.kaola.customs.api.DeclarationStatus.CANCELLED;
import static io.kaola.customs.api.DeclarationStatus.CANCELLING;
import static io.kaola.customs.api.DeclarationStatus.CHECK_FAILED;
import static io.kaola.customs.api.DeclarationStatus.COLLECTING;
import static io.kaola.customs.api.DeclarationStatus.DATA_REJECTED;
import static io.kaola.customs.api.DeclarationStatus.DECLARED;
import static io.kaola.customs.api.DeclarationStatus.DETAINED;
import static io.kaola.customs.api.DeclarationStatus.DOCUMENTS_SENT;
import static io.kaola.customs.api.DeclarationStatus.INSPECTION;
import static io.kaola.customs.api.DeclarationStatus.LIST_SENT;
import static io.kaola.customs.api.DeclarationStatus.REJECTED_ORDER_CANCELLED;
import static io.kaola.customs.api.DeclarationStatus.RELEASED;
import static io.kaola.customs.declaration.domain.DeclarationTransition.CANCEL;
import static io.kaola.customs.declaration.domain.DeclarationTransition.CANCEL_CONFIRM;
import static io.kaola.customs.declaration.domain.DeclarationTransition.CANCEL_REFUSE;
import static io.kaola.customs.declaration.domain.DeclarationTransition.COLLECT;
import static io.kaola.customs.declaration.domain.DeclarationTransition.DECLARE;
import static io.kaola.customs.declaration.domain.DeclarationTransition.DETAIN;
import static io.kaola.customs.declaration.domain.DeclarationTransition.FAIL_CHECK;
import static io.kaola.customs.declaration.domain.DeclarationTransition.INSPECT;
import static io.kaola.customs.declaration.domain.DeclarationTransition.LIFECYCLE;
import static io.kaola.customs.declaration.domain.DeclarationTransition.REJECT_CANCEL;
import static io.kaola.customs.declaration.domain.DeclarationTransition.REJECT_DATA;
import static io.kaola.customs.declaration.domain.DeclarationTransition.REQUEST_CANCEL;
import static io.kaola.customs.declaration.domain.DeclarationTransition.RELEASE;
import static io.kaola.customs.declaration.domain.DeclarationTransition.RESEND;
import static io.kaola.customs.declaration.domain.DeclarationTransition.SEND_DOCUMENTS;
import static io.kaola.customs.declaration.domain.DeclarationTransition.SEND_LIST;
import static org.assertj.core.api.Assertions.assertThat;

class DeclarationTransitionTest {

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        var check = TransitionTableCheck.of(LIFECYCLE, CustomsError.ILLEGAL_TRANSITION)
                .move(null, COLLECT, COLLECTING);
        for (DeclarationStatus s : DeclarationStatus.values()) check.stay(s, COLLECT);   // the first input created it
        int pairs = check
                .move(COLLECTING, FAIL_CHECK, CHECK_FAILED).move(DOCUMENTS_SENT, FAIL_CHECK, CHECK_FAILED)
                .stay(CHECK_FAILED, FAIL_CHECK)
                .move(COLLECTING, SEND_DOCUMENTS, DOCUMENTS_SENT).stay(DOCUMENTS_SENT, SEND_DOCUMENTS)
                .move(DOCUMENTS_SENT, SEND_LIST, LIST_SENT).stay(LIST_SENT, SEND_LIST)
                .move(LIST_SENT, DECLARE, DECLARED).stay(DECLARED, DECLARE)
                .move(LIST_SENT, INSPECT, INSPECTION).move(DECLARED, INSPECT, INSPECTION).stay(INSPECTION, INSPECT)
                .move(LIST_SENT, DETAIN, DETAINED).move(DECLARED, DETAIN, DETAINED).move(INSPECTION, DETAIN, DETAINED)
                .stay(DETAINED, DETAIN)
                .move(LIST_SENT, RELEASE, RELEASED).move(DECLARED, RELEASE, RELEASED)
                .move(INSPECTION, RELEASE, RELEASED).move(DETAINED, RELEASE, RELEASED).stay(RELEASED, RELEASE)
                .move(CANCELLING, RELEASE, RELEASED)                  // released before customs processed the 623
                .move(DOCUMENTS_SENT, REJECT_DATA, DATA_REJECTED).move(LIST_SENT, REJECT_DATA, DATA_REJECTED)
                .move(DECLARED, REJECT_DATA, DATA_REJECTED).move(INSPECTION, REJECT_DATA, DATA_REJECTED)
                .stay(DATA_REJECTED, REJECT_DATA)
                .move(DOCUMENTS_SENT, REJECT_CANCEL, REJECTED_ORDER_CANCELLED)
                .move(LIST_SENT, REJECT_CANCEL, REJECTED_ORDER_CANCELLED)
                .move(DECLARED, REJECT_CANCEL, REJECTED_ORDER_CANCELLED)
                .move(INSPECTION, REJECT_CANCEL, REJECTED_ORDER_CANCELLED)
                .move(DATA_REJECTED, REJECT_CANCEL, REJECTED_ORDER_CANCELLED)
                .stay(REJECTED_ORDER_CANCELLED, REJECT_CANCEL)
                .move(CHECK_FAILED, RESEND, COLLECTING).move(DATA_REJECTED, RESEND, COLLECTING).stay(COLLECTING, RESEND)
                // cancel at once: nothing declared as a list (a tombstone when nothing exists yet)
                .move(null, CANCEL, CANCELLED).move(COLLECTING, CANCEL, CANCELLED).move(CHECK_FAILED, CANCEL, CANCELLED)
                .move(DOCUMENTS_SENT, CANCEL, CANCELLED).move(LIST_SENT, CANCEL, CANCELLED)
                .move(DATA_REJECTED, CANCEL, CANCELLED).stay(CANCELLED, CANCEL).stay(REJECTED_ORDER_CANCELLED, CANCEL)
                .refuse(RELEASED, CANCEL, CustomsError.ALREADY_RELEASED)
                .refuse(DECLARED, CANCEL, CustomsError.ILLEGAL_TRANSITION).refuse(INSPECTION, CANCEL, CustomsError.ILLEGAL_TRANSITION)
                .refuse(DETAINED, CANCEL, CustomsError.ILLEGAL_TRANSITION).refuse(CANCELLING, CANCEL, CustomsError.ILLEGAL_TRANSITION)
                // a CEB623: the list is with customs
                .move(LIST_SENT, REQUEST_CANCEL, CANCELLING).move(DECLARED, REQUEST_CANCEL, CANCELLING)
                .move(INSPECTION, REQUEST_CANCEL, CANCELLING).move(DETAINED, REQUEST_CANCEL, CANCELLING)
                .stay(CANCELLING, REQUEST_CANCEL).stay(CANCELLED, REQUEST_CANCEL)
                .refuse(RELEASED, REQUEST_CANCEL, CustomsError.ALREADY_RELEASED)
                // the 624
                .move(CANCELLING, CANCEL_CONFIRM, CANCELLED).stay(CANCELLED, CANCEL_CONFIRM)
                .move(CANCELLING, CANCEL_REFUSE, LIST_SENT).stay(LIST_SENT, CANCEL_REFUSE).stay(RELEASED, CANCEL_REFUSE)
                .verify();
        assertThat(pairs).isEqualTo((DeclarationStatus.values().length + 1) * DeclarationTransition.values().length);
    }

    @Test
    void a_released_declaration_is_not_re_sent_and_says_why() {
        var step = RESEND.decide(RELEASED);
        assertThat(step.refused()).isTrue();
        assertThat(step.exception().code()).isEqualTo("CUSTOMS_ILLEGAL_TRANSITION");
        assertThat(step.reason()).contains("RELEASED");
    }

    @Test
    void cancelling_a_released_list_is_refused_with_its_own_code_and_says_a_return_is_the_way() {
        for (DeclarationTransition t : java.util.List.of(CANCEL, REQUEST_CANCEL)) {
            var step = t.decide(RELEASED);
            assertThat(step.exception().code()).isEqualTo("CUSTOMS_ALREADY_RELEASED");
            assertThat(step.reason()).contains("return");
        }
    }

    @Test
    void a_cancel_sends_a_623_only_when_customs_may_have_the_list() {
        assertThat(DeclarationTransition.cancelOf(null, false)).isEqualTo(CANCEL);
        for (DeclarationStatus s : java.util.List.of(COLLECTING, CHECK_FAILED, DOCUMENTS_SENT, DATA_REJECTED,
                REJECTED_ORDER_CANCELLED, RELEASED, CANCELLED)) {
            assertThat(DeclarationTransition.cancelOf(s, false)).as(s.name()).isEqualTo(CANCEL);
            assertThat(DeclarationTransition.cancelOf(s, true)).as(s.name()).isEqualTo(CANCEL);
        }
        assertThat(DeclarationTransition.cancelOf(LIST_SENT, false)).isEqualTo(CANCEL);   // the 621 never left
        assertThat(DeclarationTransition.cancelOf(LIST_SENT, true)).isEqualTo(REQUEST_CANCEL);
        for (DeclarationStatus s : java.util.List.of(DECLARED, INSPECTION, DETAINED, CANCELLING)) {
            assertThat(DeclarationTransition.cancelOf(s, true)).as(s.name()).isEqualTo(REQUEST_CANCEL);
        }
        // whichever the choice, the table has an answer that never refuses but for RELEASED
        for (DeclarationStatus s : DeclarationStatus.values()) {
            for (boolean handedOver : new boolean[]{false, true}) {
                var step = DeclarationTransition.cancelOf(s, handedOver).decide(s);
                assertThat(step.refused()).as(s + " handedOver=" + handedOver).isEqualTo(s == RELEASED);
            }
        }
    }

    @Test
    void exception_statuses_are_the_ones_ops_act_on() {
        assertThat(java.util.Arrays.stream(DeclarationStatus.values()).filter(DeclarationStatus::isException))
                .containsExactly(CHECK_FAILED, INSPECTION, DATA_REJECTED, REJECTED_ORDER_CANCELLED, DETAINED);
    }
}
