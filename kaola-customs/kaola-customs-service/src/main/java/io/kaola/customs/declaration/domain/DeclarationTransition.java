package io.kaola.customs.declaration.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.DeclarationStatus;

import java.util.Set;

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

/**
 * Every move of an order's declaration ({@link #LIFECYCLE}):
 * <pre>
 * (none) --COLLECT--> COLLECTING --SEND_DOCUMENTS--> DOCUMENTS_SENT --SEND_LIST--> LIST_SENT --DECLARE--> DECLARED
 *                     |  \--FAIL_CHECK--> CHECK_FAILED --RESEND--> COLLECTING        INSPECT (500) / DETAIN (5xx)
 *                     |  (FAIL_CHECK also from DOCUMENTS_SENT: the check is run again before the list)
 *                     |                                                             RELEASE (800/899) --> RELEASED
 * any sent status --REJECT_DATA--> DATA_REJECTED --RESEND--> COLLECTING
 * any sent status --REJECT_CANCEL--> REJECTED_ORDER_CANCELLED (final: quota or identity, the order is cancelled)
 * </pre>
 * Repeats stay (redelivered receipts). A late receipt that would move a final or later status back is refused by the
 * table and ignored by the receipt use case (receipts never move a declaration backwards).
 */
public enum DeclarationTransition implements Transition<DeclarationStatus> {
    COLLECT(COLLECTING),
    FAIL_CHECK(CHECK_FAILED, COLLECTING, DOCUMENTS_SENT),
    SEND_DOCUMENTS(DOCUMENTS_SENT, COLLECTING),
    SEND_LIST(LIST_SENT, DOCUMENTS_SENT),
    DECLARE(DECLARED, LIST_SENT),
    INSPECT(INSPECTION, LIST_SENT, DECLARED),
    DETAIN(DETAINED, LIST_SENT, DECLARED, INSPECTION),
    RELEASE(RELEASED, LIST_SENT, DECLARED, INSPECTION, DETAINED),
    REJECT_DATA(DATA_REJECTED, DOCUMENTS_SENT, LIST_SENT, DECLARED, INSPECTION),
    REJECT_CANCEL(REJECTED_ORDER_CANCELLED, DOCUMENTS_SENT, LIST_SENT, DECLARED, INSPECTION, DATA_REJECTED),
    RESEND(COLLECTING, CHECK_FAILED, DATA_REJECTED);

    /**
     * The declaration's table: the moves above; every repeat stays; COLLECT of an existing declaration stays (the
     * first input created it); everything else is refused with CUSTOMS_ILLEGAL_TRANSITION.
     */
    public static final StateMachine<DeclarationStatus, DeclarationTransition> LIFECYCLE = lifecycle();

    private static StateMachine<DeclarationStatus, DeclarationTransition> lifecycle() {
        var b = StateMachine.of(DeclarationStatus.class, DeclarationTransition.class)
                .refusedWith(CustomsError.ILLEGAL_TRANSITION)
                .repeatsStay()
                .creates(COLLECT);
        for (DeclarationStatus s : DeclarationStatus.values()) {
            if (s != COLLECTING) b.stay(COLLECT, s, "the declaration exists already: an input only adds its facts");
        }
        return b.build();
    }

    private final DeclarationStatus to;
    private final Set<DeclarationStatus> from;

    DeclarationTransition(DeclarationStatus to, DeclarationStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    @Override public DeclarationStatus target() { return to; }

    @Override public Set<DeclarationStatus> sources() { return from; }

    /** @return the step for this move from {@code current} (null: no declaration yet) */
    public Step<DeclarationStatus> decide(DeclarationStatus current) { return LIFECYCLE.decide(current, this); }
}
