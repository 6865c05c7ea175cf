package io.kaola.inventory.hold.infrastructure;

import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.hold.domain.StockHold;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code stock_hold} (mapper/HoldMapper.xml). Every write is guarded, evaluated under the row lock. */
@Mapper
public interface HoldMapper {

    /** @return the hold as of this transaction's read view, or null */
    StockHold findByHoldId(@Param("holdId") String holdId);

    /** @return the current hold, locked until the transaction ends (bypasses the read view), or null */
    StockHold lockByHoldId(@Param("holdId") String holdId);

    /** @throws org.springframework.dao.DuplicateKeyException when a hold with this id exists */
    void insert(@Param("hold") StockHold hold);

    /** {@code remaining -= quantity} of an OPEN hold with that many left. @return 1 if taken, else 0 */
    int take(@Param("holdId") String holdId, @Param("quantity") int quantity);

    /** {@code remaining += quantity} of an OPEN hold, never above its units. @return 1 if given back, else 0 */
    int giveBack(@Param("holdId") String holdId, @Param("quantity") int quantity);

    /** status = to, returned = remaining, remaining = 0, only if still {@code from}. @return 1 if moved, else 0 */
    int close(@Param("holdId") String holdId, @Param("from") HoldStatus from, @Param("to") HoldStatus to);
}
