package io.kaola.common.state;

import java.util.Set;

/**
 * One kind of move of a status machine, implemented by an enum per machine ({@code OrderTransition},
 * {@code PaymentTransition}, ...). The enum lists where each move starts and where it ends; what a move
 * means from anywhere else (refused, or a repeat that changes nothing) is declared once on the
 * {@link StateMachine} built from it.
 *
 * @param <S> the status enum of the machine
 */
public interface Transition<S extends Enum<S>> {

    /** @return the enum constant's name, e.g. {@code PAY} */
    String name();

    /** @return the status this move leads to */
    S target();

    /** @return the statuses this move starts from (never null; empty for a move that only creates) */
    Set<S> sources();
}
