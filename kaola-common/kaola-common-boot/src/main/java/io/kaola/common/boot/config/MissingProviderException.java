package io.kaola.common.boot.config;

/**
 * A refused start: a service needs an external provider (payment, ID check, …) and none is configured, and the
 * sandbox profile that would supply a simulated one is off. Never a silent fallback to a fake.
 * {@link MissingProviderFailureAnalyzer} prints it as "APPLICATION FAILED TO START" with {@link #action()}.
 */
public class MissingProviderException extends IllegalStateException {
    private final String action;

    /**
     * @param message what is missing, naming the service
     * @param action  what the operator does about it (local: the sandbox profile; production: a real provider)
     */
    public MissingProviderException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** @return what to do, as printed under "Action:" */
    public String action() { return action; }
}
