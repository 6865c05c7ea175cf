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

    /** @return true when this exception carries {@code error} */
    public boolean is(ErrorCode error) { return error.code().equals(code); }

    @Override public String toString() { return code + ": " + getMessage(); }
}
