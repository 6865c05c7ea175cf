package io.kaola.user.quota.application;

import org.springframework.dao.PessimisticLockingFailureException;

import java.util.function.Supplier;

/**
 * Runs a whole transaction again when the database chose it as a deadlock victim or a lock wait timed out:
 * it was rolled back, so repeating it is safe.
 */
final class LockRetry {
    static final int ATTEMPTS = 3;

    private LockRetry() {}

    static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) throw e;
            }
        }
    }
}
