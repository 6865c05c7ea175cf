package io.kaola.promotion.seckill.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.promotion.seckill.domain.FlashSale;
import io.kaola.promotion.seckill.domain.FlashSaleRepository;
import io.kaola.promotion.seckill.domain.FlashSaleStatus;
import io.kaola.promotion.seckill.infrastructure.FlashSaleMapper.FlashSaleRow;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;

/** {@link FlashSaleRepository} on MariaDB through {@link FlashSaleMapper}. */
@Repository
public class MyBatisFlashSaleRepository implements FlashSaleRepository {
    private final FlashSaleMapper mapper;

    public MyBatisFlashSaleRepository(FlashSaleMapper mapper) { this.mapper = mapper; }

    @Override
    public FlashSale create(FlashSale s) {
        FlashSaleMapper.NewFlashSale insert = new FlashSaleMapper.NewFlashSale(new FlashSaleRow(0, s.name(), s.skuCode(),
                s.price().minor(), s.price().currency(), s.units(), s.perUserLimit(), s.startsAt(), s.endsAt(),
                s.status().name(), s.returned(), s.createdAt()));
        mapper.insert(insert);
        return find(insert.id);
    }

    @Override
    public FlashSale find(long id) {
        FlashSaleRow row = mapper.find(id);
        return row == null ? null : toSale(row);
    }

    @Override
    public List<FlashSale> open() { return mapper.findOpen().stream().map(MyBatisFlashSaleRepository::toSale).toList(); }

    @Override
    public List<FlashSale> notEndedAt(Instant at) {
        return mapper.findNotEnded(at).stream().map(MyBatisFlashSaleRepository::toSale).toList();
    }

    @Override
    public boolean moveStatus(long id, FlashSaleStatus from, FlashSaleStatus to, int returned) {
        return mapper.moveStatus(id, from.name(), to.name(), returned) == 1;
    }

    @Override
    public void deletePending(long id) { mapper.deletePending(id); }

    private static FlashSale toSale(FlashSaleRow r) {
        return new FlashSale(r.id(), r.name(), r.skuCode(), new Money(r.priceMinor(), r.priceCurrency()), r.units(),
                r.perUserLimit(), r.startsAt(), r.endsAt(), FlashSaleStatus.valueOf(r.status()), r.returned(),
                r.createdAt());
    }
}
