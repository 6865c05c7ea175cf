package io.kaola.customs.declaration.domain;

import io.kaola.common.test.TransitionTableCheck;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.DeclarationStatus;
import org.junit.jupiter.api.Test;

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
import static io.kaola.customs.declaration.domain.DeclarationTransition.COLLECT;
import static io.kaola.customs.declaration.domain.DeclarationTransition.DECLARE;
import static io.kaola.customs.declaration.domain.DeclarationTransition.DETAIN;
import static io.kaola.customs.declaration.domain.DeclarationTransition.FAIL_CHECK;
import static io.kaola.customs.declaration.domain.DeclarationTransition.INSPECT;
import static io.kaola.customs.declaration.domain.DeclarationTransition.LIFECYCLE;
import static io.kaola.customs.declaration.domain.DeclarationTransition.REJECT_CANCEL;
import static io.kaola.customs.declaration.domain.DeclarationTransition.REJECT_DATA;
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
    void exception_statuses_are_the_ones_ops_act_on() {
        assertThat(java.util.Arrays.stream(DeclarationStatus.values()).filter(DeclarationStatus::isException))
                .containsExactly(CHECK_FAILED, INSPECTION, DATA_REJECTED, REJECTED_ORDER_CANCELLED, DETAINED);
    }
}
