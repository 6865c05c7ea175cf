package io.kaola.inventory.hold.infrastructure;

import io.kaola.inventory.api.HoldStatus;
import io.kaola.inventory.hold.domain.HoldRepository;
import io.kaola.inventory.hold.domain.StockHold;
import org.springframework.stereotype.Repository;

/** {@link HoldRepository} on MariaDB through {@link HoldMapper} (guarded statements in mapper/HoldMapper.xml). */
@Repository
public class MyBatisHoldRepository implements HoldRepository {
    private final HoldMapper mapper;

    public MyBatisHoldRepository(HoldMapper mapper) { this.mapper = mapper; }

    @Override public StockHold find(String holdId) { return mapper.findByHoldId(holdId); }

    @Override public StockHold lock(String holdId) { return mapper.lockByHoldId(holdId); }

    @Override public void create(StockHold hold) { mapper.insert(hold); }

    @Override public boolean take(String holdId, int quantity) { return mapper.take(holdId, quantity) == 1; }

    @Override public boolean giveBack(String holdId, int quantity) { return mapper.giveBack(holdId, quantity) == 1; }

    @Override public boolean close(String holdId, HoldStatus from, HoldStatus to) {
        return mapper.close(holdId, from, to) == 1;
    }
}
