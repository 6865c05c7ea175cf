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

    /** Removes the lines of these SKUs; absent ones are ignored. */
    void remove(long buyerId, Collection<String> skuCodes);
}
