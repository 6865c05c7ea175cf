package io.kaola.logistics.waybill.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.logistics.api.WaybillStatus;
import io.kaola.logistics.waybill.domain.Waybill;
import io.kaola.logistics.waybill.domain.WaybillRepository;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** {@link WaybillRepository} on MariaDB through {@link WaybillMapper}. */
@Repository
public class MyBatisWaybillRepository implements WaybillRepository {
    private final WaybillMapper mapper;

    public MyBatisWaybillRepository(WaybillMapper mapper) { this.mapper = mapper; }

    @Override
    public boolean insert(Waybill w) {
        return mapper.insertIgnore(new WaybillRow(w.orderNo(), w.buyerId(), w.carrier(), w.logisticsCode(),
                w.logisticsName(), w.logisticsNo(), w.consignee(), w.consigneeTelephone(), w.consigneeAddress(),
                w.freight().minor(), w.freight().currency(), w.weightGrams(), w.warehouseCode(), w.status().name(),
                w.createdAt(), w.shippedAt())) == 1;
    }

    @Override
    public Optional<Waybill> findByOrderNo(String orderNo) {
        return Optional.ofNullable(mapper.findByOrderNo(orderNo)).map(MyBatisWaybillRepository::toDomain);
    }

    @Override
    public Optional<Waybill> findByLogisticsNo(String logisticsNo) {
        return Optional.ofNullable(mapper.findByLogisticsNo(logisticsNo)).map(MyBatisWaybillRepository::toDomain);
    }

    @Override
    public boolean move(String orderNo, WaybillStatus from, WaybillStatus to, Instant at) {
        return mapper.moveStatus(orderNo, from.name(), to.name(), to == WaybillStatus.SHIPPED ? at : null) == 1;
    }

    private static Waybill toDomain(WaybillRow r) {
        return new Waybill(r.orderNo(), r.buyerId(), r.carrier(), r.logisticsCode(), r.logisticsName(),
                r.logisticsNo(), r.consignee(), r.consigneeTelephone(), r.consigneeAddress(),
                new Money(r.freightMinor(), r.currency()), r.weightGrams(), r.warehouseCode(),
                WaybillStatus.valueOf(r.status()), r.createdAt(), r.shippedAt());
    }
}
