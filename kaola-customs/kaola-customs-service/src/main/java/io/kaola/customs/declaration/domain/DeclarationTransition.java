package io.kaola.customs.declaration.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.DeclarationStatus;

import java.util.Set;

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

/**
 * Every move of an order's declaration ({@link #LIFECYCLE}):
 * <pre>
 * (none) --COLLECT--> COLLECTING --SEND_DOCUMENTS--> DOCUMENTS_SENT --SEND_LIST--> LIST_SENT --DECLARE--> DECLARED
 *                     |  \--FAIL_CHECK--> CHECK_FAILED --RESEND--> COLLECTING        INSPECT (500) / DETAIN (5xx)
 *                     |  (FAIL_CHECK also from DOCUMENTS_SENT: the check is run again before the list)
 *                     |                                                             RELEASE (800/899) --> RELEASED
 * any sent status --REJECT_DATA--> DATA_REJECTED --RESEND--> COLLECTING
 * any sent status --REJECT_CANCEL--> REJECTED_ORDER_CANCELLED (final: quota or identity, the order is cancelled)
 *
 * cancellation (kaola-order asks, docs/customs.md "Cancellation (CEB623)"):
 * (none), COLLECTING, CHECK_FAILED, DOCUMENTS_SENT, DATA_REJECTED, LIST_SENT (list not handed over yet)
 *        --CANCEL--> CANCELLED (final; nothing more is sent)          REJECTED_ORDER_CANCELLED stays (nothing to cancel)
 * LIST_SENT, DECLARED, INSPECTION, DETAINED --REQUEST_CANCEL--> CANCELLING (CEB623 sent)
 * CANCELLING --CANCEL_CONFIRM (624: 800/899)--> CANCELLED
 * CANCELLING --CANCEL_REFUSE (624: 100 or negative)--> LIST_SENT, then the list's last receipt is applied again
 *            (→ DECLARED, INSPECTION, DETAINED …: where the list is now)
 * CANCELLING --RELEASE (621: 800 issued before customs processed the 623: release wins)--> RELEASED
 * RELEASED: CANCEL and REQUEST_CANCEL refused with CUSTOMS_ALREADY_RELEASED (the goods ship; a return is the way)
 * </pre>
 * Repeats stay (redelivered receipts). A late receipt that would move a final or later status back is refused by the
 * table and ignored by the receipt use case (receipts never move a declaration backwards); so are the list's receipts
 * (other than a release) while CANCELLING or CANCELLED.
 */
public enum DeclarationTransition implements Transition<DeclarationStatus> {
    COLLECT(COLLECTING),
    FAIL_CHECK(CHECK_FAILED, COLLECTING, DOCUMENTS_SENT),
    SEND_DOCUMENTS(DOCUMENTS_SENT, COLLECTING),
    SEND_LIST(LIST_SENT, DOCUMENTS_SENT),
    DECLARE(DECLARED, LIST_SENT),
    INSPECT(INSPECTION, LIST_SENT, DECLARED),
    DETAIN(DETAINED, LIST_SENT, DECLARED, INSPECTION),
    RELEASE(RELEASED, LIST_SENT, DECLARED, INSPECTION, DETAINED, CANCELLING),
    REJECT_DATA(DATA_REJECTED, DOCUMENTS_SENT, LIST_SENT, DECLARED, INSPECTION),
    REJECT_CANCEL(REJECTED_ORDER_CANCELLED, DOCUMENTS_SENT, LIST_SENT, DECLARED, INSPECTION, DATA_REJECTED),
    RESEND(COLLECTING, CHECK_FAILED, DATA_REJECTED),
    /** Cancelled at once: nothing was declared to customs as a list (creates a CANCELLED tombstone when none exists). */
    CANCEL(CANCELLED, COLLECTING, CHECK_FAILED, DOCUMENTS_SENT, LIST_SENT, DATA_REJECTED),
    /** The list is with customs: a CEB623 is sent. */
    REQUEST_CANCEL(CANCELLING, LIST_SENT, DECLARED, INSPECTION, DETAINED),
    /** Customs approved the CEB623 (its CEB624 800/899). */
    CANCEL_CONFIRM(CANCELLED, CANCELLING),
    /** Customs or the single window refused the CEB623 (100 or a negative code): back to where the list is. */
    CANCEL_REFUSE(LIST_SENT, CANCELLING);

    /**
     * The declaration's table: the moves above; every repeat stays; COLLECT of an existing declaration stays (the
     * first input created it); CANCEL of a declaration customs rejected for quota or identity stays (nothing to
     * cancel), REQUEST_CANCEL of a CANCELLED one stays, CANCEL_REFUSE of a RELEASED one stays (released meanwhile: the
     * refusal confirms it); CANCEL and REQUEST_CANCEL of a RELEASED one are refused with CUSTOMS_ALREADY_RELEASED;
     * everything else is refused with CUSTOMS_ILLEGAL_TRANSITION.
     */
    public static final StateMachine<DeclarationStatus, DeclarationTransition> LIFECYCLE = lifecycle();

    private static StateMachine<DeclarationStatus, DeclarationTransition> lifecycle() {
        var b = StateMachine.of(DeclarationStatus.class, DeclarationTransition.class)
                .refusedWith(CustomsError.ILLEGAL_TRANSITION)
                .repeatsStay()
                .creates(COLLECT)
                .creates(CANCEL);
        for (DeclarationStatus s : DeclarationStatus.values()) {
            if (s != COLLECTING) b.stay(COLLECT, s, "the declaration exists already: an input only adds its facts");
        }
        String released = "customs released the list: the goods ship; a return (CEB625, after delivery) is the way";
        b.refuse(CANCEL, RELEASED, CustomsError.ALREADY_RELEASED, released)
                .refuse(REQUEST_CANCEL, RELEASED, CustomsError.ALREADY_RELEASED, released)
                .stay(CANCEL, REJECTED_ORDER_CANCELLED, "customs rejected the declaration: nothing is declared to cancel")
                .stay(REQUEST_CANCEL, CANCELLED, "the declaration is cancelled already")
                .stay(CANCEL_REFUSE, RELEASED, "the list was released before customs processed the CEB623: it ships");
        for (DeclarationStatus s : java.util.List.of(DECLARED, INSPECTION, DETAINED, CANCELLING)) {
            b.refuse(CANCEL, s, CustomsError.ILLEGAL_TRANSITION,
                    "the list is with customs (" + s + "): only a CEB623 (REQUEST_CANCEL) cancels it");
        }
        return b.build();
    }

    /**
     * Which cancel move applies (the table then decides it): REQUEST_CANCEL (a CEB623) when customs has the list —
     * DECLARED, INSPECTION, DETAINED, CANCELLING, or LIST_SENT with the 621 handed to the single window — else CANCEL.
     *
     * @param current         the declaration's status; null when none exists
     * @param listHandedOver  true when the 621 was claimed for sending or sent (SENDING, SENT): customs may have it
     * @return CANCEL or REQUEST_CANCEL
     */
    public static DeclarationTransition cancelOf(DeclarationStatus current, boolean listHandedOver) {
        if (current == null) return CANCEL;
        return switch (current) {
            case DECLARED, INSPECTION, DETAINED, CANCELLING -> REQUEST_CANCEL;
            case LIST_SENT -> listHandedOver ? REQUEST_CANCEL : CANCEL;
            default -> CANCEL;
        };
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
