package io.kaola.common.state;

import io.kaola.common.error.ErrorCode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one transition table of one status (order, payment, reservation, quota, ...). Built once from the
 * machine's {@link Transition} enum plus the rules for the pairs the enum does not list; every
 * (status, transition) pair then has exactly one {@link Step}, computed at start, so the domain decides and
 * the repository only writes ({@code UPDATE ... SET status = step.to() WHERE status = step.from()}).
 *
 * <pre>{@code
 * static final StateMachine<OrderStatus, OrderTransition> LIFECYCLE =
 *         StateMachine.of(OrderStatus.class, OrderTransition.class)
 *                 .refusedWith(OrderError.ILLEGAL_TRANSITION)
 *                 .build();
 * Step<OrderStatus> step = LIFECYCLE.decide(order.status(), OrderTransition.PAY);
 * }</pre>
 *
 * A status of {@code null} stands for "no record yet": only transitions declared with
 * {@link Builder#creates} move from it.
 *
 * @param <S> the status enum
 * @param <T> the transition enum
 */
public final class StateMachine<S extends Enum<S>, T extends Enum<T> & Transition<S>> {
    private final Class<S> statuses;
    private final Class<T> transitions;
    private final Map<T, Map<S, Step<S>>> table;
    private final Map<T, Step<S>> fromNothing;

    private StateMachine(Builder<S, T> b) {
        this.statuses = b.statuses;
        this.transitions = b.transitions;
        Map<T, Map<S, Step<S>>> t = new LinkedHashMap<>();
        Map<T, Step<S>> none = new LinkedHashMap<>();
        for (T transition : transitions.getEnumConstants()) {
            Map<S, Step<S>> row = new LinkedHashMap<>();
            for (S status : statuses.getEnumConstants()) row.put(status, b.resolve(status, transition));
            t.put(transition, Collections.unmodifiableMap(row));
            none.put(transition, b.resolve(null, transition));
        }
        this.table = Collections.unmodifiableMap(t);
        this.fromNothing = Collections.unmodifiableMap(none);
    }

    /**
     * Starts a machine over {@code statuses} moved by {@code transitions}.
     *
     * @return a builder; call {@link Builder#refusedWith} (required) and {@link Builder#build}
     */
    public static <S extends Enum<S>, T extends Enum<T> & Transition<S>> Builder<S, T> of(Class<S> statuses,
                                                                                        Class<T> transitions) {
        return new Builder<>(statuses, transitions);
    }

    /**
     * @param current    the record's status, or null when it does not exist yet
     * @param transition the move asked for
     * @return the one step the table holds for the pair (never null)
     */
    public Step<S> decide(S current, T transition) {
        Objects.requireNonNull(transition, "transition");
        return current == null ? fromNothing.get(transition) : table.get(transition).get(current);
    }

    /**
     * @return the status after {@code transition} from {@code current}: its target on a move, {@code current} on a stay
     * @throws io.kaola.common.error.KaolaException the machine's refusal code when the table refuses the pair
     */
    public S next(S current, T transition) {
        return decide(current, transition).orThrow();
    }

    /** @return true when the table moves {@code current} by {@code transition} */
    public boolean moves(S current, T transition) {
        return decide(current, transition).moves();
    }

    /** @return the status enum */
    public Class<S> statuses() { return statuses; }

    /** @return the transition enum */
    public Class<T> transitions() { return transitions; }

    /** @return every pair's step, transition by transition, status by status (the null key: no record yet) */
    public Map<T, Map<S, Step<S>>> table() {
        Map<T, Map<S, Step<S>>> all = new LinkedHashMap<>();
        table.forEach((t, row) -> {
            Map<S, Step<S>> r = new HashMap<>(row);
            r.put(null, fromNothing.get(t));
            all.put(t, Collections.unmodifiableMap(r));
        });
        return Collections.unmodifiableMap(all);
    }

    /** @return the table as Markdown (rows: statuses, columns: transitions), for the docs */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| from \\ move |");
        for (T t : transitions.getEnumConstants()) sb.append(' ').append(t.name()).append(" |");
        sb.append("\n|---|");
        sb.append("---|".repeat(transitions.getEnumConstants().length)).append('\n');
        List<S> rows = new ArrayList<>();
        rows.add(null);
        Collections.addAll(rows, statuses.getEnumConstants());
        for (S s : rows) {
            sb.append("| ").append(s == null ? "(none)" : s.name()).append(" |");
            for (T t : transitions.getEnumConstants()) {
                Step<S> step = decide(s, t);
                sb.append(' ').append(switch (step.outcome()) {
                    case MOVE -> "→ " + step.to().name();
                    case STAY -> "stays";
                    case REFUSE -> step.refusal().code();
                }).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The rules of one machine. A pair the transition enum lists as a source moves; a pair declared with
     * {@link #stay} or {@link #refuse} answers so; with {@link #repeatsStay()} a transition that finds the
     * record already at its target stays; everything else is refused with {@link #refusedWith}'s code.
     */
    public static final class Builder<S extends Enum<S>, T extends Enum<T> & Transition<S>> {
        private final Class<S> statuses;
        private final Class<T> transitions;
        private final Map<T, Map<S, Step<S>>> exceptions = new HashMap<>();
        private final Set<T> creating = new java.util.HashSet<>();
        private ErrorCode illegal;
        private boolean repeatsStay;

        private Builder(Class<S> statuses, Class<T> transitions) {
            this.statuses = Objects.requireNonNull(statuses, "statuses");
            this.transitions = Objects.requireNonNull(transitions, "transitions");
        }

        /** @param code the error of every pair no rule allows, e.g. {@code ORDER_ILLEGAL_TRANSITION} */
        public Builder<S, T> refusedWith(ErrorCode code) {
            this.illegal = Objects.requireNonNull(code, "code");
            return this;
        }

        /** A transition that finds the record already at its target stays (redelivered messages, retried calls). */
        public Builder<S, T> repeatsStay() {
            this.repeatsStay = true;
            return this;
        }

        /** @param transition a move that may start from no record (it creates the record at its target) */
        public Builder<S, T> creates(T transition) {
            creating.add(Objects.requireNonNull(transition, "transition"));
            return this;
        }

        /**
         * @param from   the status (null: no record yet)
         * @param reason the rule, in words, e.g. "sold goods are not released; a refund restocks them"
         */
        public Builder<S, T> stay(T transition, S from, String reason) {
            return except(transition, from, Step.stay(from, reason));
        }

        /**
         * @param from   the status (null: no record yet)
         * @param code   the refusal's error code, when it differs from the machine's
         * @param reason what a person can act on, e.g. "the reservation was released; its stock is no longer held"
         */
        public Builder<S, T> refuse(T transition, S from, ErrorCode code, String reason) {
            return except(transition, from, Step.refuse(from, code, reason));
        }

        private Builder<S, T> except(T transition, S from, Step<S> step) {
            if (from != null && transition.sources().contains(from)) {
                throw new IllegalArgumentException(transition + " moves from " + from + " by its enum; it cannot also " + step.outcome());
            }
            Step<S> before = exceptions.computeIfAbsent(transition, k -> new HashMap<>()).put(from, step);
            if (before != null) throw new IllegalArgumentException("two rules for " + transition + " from " + from);
            return this;
        }

        /**
         * @return the machine, with every pair resolved
         * @throws IllegalStateException when no refusal code was given, or a transition lists its own target as a source
         */
        public StateMachine<S, T> build() {
            if (illegal == null) throw new IllegalStateException("refusedWith(code) is required");
            for (T t : transitions.getEnumConstants()) {
                if (t.sources().contains(t.target())) throw new IllegalStateException(t + " starts at its own target");
            }
            return new StateMachine<>(this);
        }

        private Step<S> resolve(S from, T t) {
            Map<S, Step<S>> rules = exceptions.get(t);
            Step<S> rule = rules == null ? null : rules.get(from); // HashMap: a null status (no record) is a key
            if (rule != null) return rule;
            if (from == null) {
                if (creating.contains(t)) return Step.move(null, t.target(), "(none) --" + t.name() + "--> " + t.target());
                return Step.refuse(null, illegal, "cannot " + t.name() + ": there is nothing to " + t.name());
            }
            if (t.sources().contains(from)) return Step.move(from, t.target(), from + " --" + t.name() + "--> " + t.target());
            if (repeatsStay && from == t.target()) return Step.stay(from, "already " + from + ": a repeat of " + t.name() + " changes nothing");
            return Step.refuse(from, illegal, "cannot " + t.name() + " from " + from + " (" + t.name() + " starts only from "
                    + (t.sources().isEmpty() ? "no record" : EnumSet.copyOf(t.sources())) + ")");
        }
    }
}
