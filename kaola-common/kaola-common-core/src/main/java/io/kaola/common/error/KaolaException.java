package io.kaola.common.error;

/**
 * The one exception type for expected refusals, thrown by services and declared
 * ({@code throws KaolaException}) on every Dubbo method so that Dubbo's
 * ExceptionFilter passes it to the caller unchanged. Carries the stable code
 * and kind as plain strings/enums so it serialises without the thrower's enum.
 */
public class KaolaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final ErrorKind kind;
    private final String title;
    /** Null until the first {@link #with}; also null when an older peer serialised the exception. */
    private java.util.LinkedHashMap<String, String> details;

    /**
     * @param code   stable code, e.g. {@code INVENTORY_INSUFFICIENT_STOCK}
     * @param kind   decides the HTTP status at the gateway
     * @param title  short human title
     * @param detail message a person can act on
     */
    public KaolaException(String code, ErrorKind kind, String title, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.kind = kind;
        this.title = title;
    }

    /** @return the stable error code */
    public String code() { return code; }

    /** @return the error kind */
    public ErrorKind kind() { return kind; }

    /** @return the short title */
    public String title() { return title; }

    /**
     * Adds a machine-readable detail, written by the gateway as an RFC 9457 extension member
     * (e.g. {@code remainingCny = "1000.00"}).
     * @return this, for chaining
     */
    public KaolaException with(String name, Object value) {
        if (details == null) details = new java.util.LinkedHashMap<>();
        details.put(name, String.valueOf(value));
        return this;
    }

    /** @return the extension members, in insertion order (never null) */
    public java.util.Map<String, String> details() {
        return details == null ? java.util.Map.of() : java.util.Collections.unmodifiableMap(details);
    }

    /** @return true when this exception carries {@code error} */
    public boolean is(ErrorCode error) { return error.code().equals(code); }

    @Override public String toString() { return code + ": " + getMessage(); }
}
