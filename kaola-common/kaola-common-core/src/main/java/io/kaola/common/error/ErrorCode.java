package io.kaola.common.error;

/**
 * One expected refusal of one service, implemented by an enum per service
 * ({@code UserError}, {@code InventoryError}, ...). The stable code is
 * {@code prefix() + "_" + name()}: never rename a constant, clients match on it.
 * Every code is listed in docs/errors.md.
 */
public interface ErrorCode {

    /** @return the enum constant's name, e.g. {@code INSUFFICIENT_STOCK} */
    String name();

    /** @return the service prefix, e.g. {@code INVENTORY} */
    String prefix();

    /** @return the kind, which fixes the HTTP status */
    ErrorKind kind();

    /** @return a short human title, e.g. "Not enough stock" */
    String title();

    /** @return the stable code, e.g. {@code INVENTORY_INSUFFICIENT_STOCK} */
    default String code() { return prefix() + "_" + name(); }

    /**
     * @param detail what happened, for a person to act on (never a secret or a full identity number)
     * @return an exception carrying this code, ready to throw
     */
    default KaolaException exception(String detail) {
        return new KaolaException(code(), kind(), title(), detail);
    }
}
