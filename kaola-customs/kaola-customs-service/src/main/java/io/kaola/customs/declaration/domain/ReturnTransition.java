package io.kaola.customs.declaration.domain;

import io.kaola.common.state.StateMachine;
import io.kaola.common.state.Step;
import io.kaola.common.state.Transition;
import io.kaola.customs.api.CustomsError;

import java.util.Set;

import static io.kaola.customs.declaration.domain.ReturnDeclarationStatus.ACCEPTED;
import static io.kaola.customs.declaration.domain.ReturnDeclarationStatus.REFUSED;
import static io.kaola.customs.declaration.domain.ReturnDeclarationStatus.SENT;

/**
 * Every move of one return's declaration ({@link #LIFECYCLE}, docs/customs.md "Returns (CEB625)"):
 * <pre>
 * (none) --DECLARE--> SENT --ACCEPT (626: 800/899)--> ACCEPTED
 *                          --REFUSE (626: 100 or negative)--> REFUSED
 * </pre>
 * DECLARE of an existing return stays (kaola-order's repeat answers the current state); repeats stay (redelivered
 * receipts); a late receipt contradicting the decision (100 after ACCEPTED, 800 after REFUSED) is refused with
 * CUSTOMS_ILLEGAL_TRANSITION, recorded and changes nothing; ACCEPT and REFUSE of no return are refused likewise.
 */
public enum ReturnTransition implements Transition<ReturnDeclarationStatus> {
    /** kaola-order asks for the return: the CEB625 is built and stored (creates the return). */
    DECLARE(SENT),
    /** Customs accepted the CEB625 (its CEB626 800 or 899). */
    ACCEPT(ACCEPTED, SENT),
    /** Customs or the single window refused the CEB625 (100 or a negative code). */
    REFUSE(REFUSED, SENT);

    /** The return's table, as described above. */
    public static final StateMachine<ReturnDeclarationStatus, ReturnTransition> LIFECYCLE = lifecycle();

    private static StateMachine<ReturnDeclarationStatus, ReturnTransition> lifecycle() {
        var b = StateMachine.of(ReturnDeclarationStatus.class, ReturnTransition.class)
                .refusedWith(CustomsError.ILLEGAL_TRANSITION)
                .repeatsStay()
                .creates(DECLARE);
        for (ReturnDeclarationStatus s : ReturnDeclarationStatus.values()) {
            if (s != SENT) b.stay(DECLARE, s, "the return is declared already: a repeat answers its state");
        }
        b.refuse(REFUSE, ACCEPTED, CustomsError.ILLEGAL_TRANSITION, "customs accepted the return already")
                .refuse(ACCEPT, REFUSED, CustomsError.ILLEGAL_TRANSITION, "customs refused the return already");
        return b.build();
    }

    private final ReturnDeclarationStatus to;
    private final Set<ReturnDeclarationStatus> from;

    ReturnTransition(ReturnDeclarationStatus to, ReturnDeclarationStatus... from) {
        this.to = to;
        this.from = Set.of(from);
    }

    @Override public ReturnDeclarationStatus target() { return to; }

    @Override public Set<ReturnDeclarationStatus> sources() { return from; }

    /** @return the step for this move from {@code current} (null: no such return yet) */
    public Step<ReturnDeclarationStatus> decide(ReturnDeclarationStatus current) { return LIFECYCLE.decide(current, this); }
}
