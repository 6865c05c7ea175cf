package io.kaola.promotion.seckill.domain;

import java.time.Instant;
import java.util.List;

/** Where flash sales are kept. Which move is legal is decided by {@link FlashSaleTransition#LIFECYCLE}. */
public interface FlashSaleRepository {
    /** @return the sale as written, with its id */
    FlashSale create(FlashSale sale);

    /** @return the sale, or null */
    FlashSale find(long id);

    /** @return sales not ENDED (PENDING or HELD), oldest first, at most 1,000 */
    List<FlashSale> open();

    /** @return HELD sales whose end is after {@code at}, soonest start first */
    List<FlashSale> notEndedAt(Instant at);

    /** @return true if this call moved it (guarded by {@code from}) */
    boolean moveStatus(long id, FlashSaleStatus from, FlashSaleStatus to, int returned);

    /** Removes a PENDING sale whose hold was refused (so a refused creation leaves nothing). */
    void deletePending(long id);
}
