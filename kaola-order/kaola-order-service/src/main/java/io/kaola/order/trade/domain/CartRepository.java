package io.kaola.order.trade.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The carts, one per buyer (RedisCartRepository: one Redis hash per buyer). Writes are per line, atomic each. */
public interface CartRepository {
    /** @return the buyer's lines, oldest first */
    List<CartLine> lines(long buyerId);

    /** @return the buyer's line of the SKU */
    Optional<CartLine> line(long buyerId, String skuCode);

    /** @return how many lines the buyer's cart holds */
    int size(long buyerId);

    /** Writes the line (adds or replaces). */
    void put(long buyerId, CartLine line);

    /** How a compare-and-set of one line ended. */
    enum Swap { WRITTEN, CHANGED_MEANWHILE, CART_FULL }

    /**
     * Writes {@code updated} only if the SKU's line is still {@code expected} (null: still absent, and then only while
     * the cart holds fewer than {@code maxLines} lines), atomically, so two concurrent adds of one SKU cannot lose one.
     *
     * @return WRITTEN, CHANGED_MEANWHILE (read again and retry) or CART_FULL
     */
    Swap swap(long buyerId, CartLine expected, CartLine updated, int maxLines);

    /** Removes the lines of these SKUs; absent ones are ignored. */
    void remove(long buyerId, Collection<String> skuCodes);
}
