package io.kaola.logistics.returns.infrastructure;

import io.kaola.logistics.returns.domain.ReturnShipment;
import io.kaola.logistics.returns.domain.ReturnShipmentRepository;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** {@link ReturnShipmentRepository} on MariaDB through {@link ReturnShipmentMapper}. */
@Repository
public class MyBatisReturnShipmentRepository implements ReturnShipmentRepository {
    private final ReturnShipmentMapper mapper;

    public MyBatisReturnShipmentRepository(ReturnShipmentMapper mapper) { this.mapper = mapper; }

    @Override
    public boolean insert(ReturnShipment s) {
        return mapper.insertIgnore(new ReturnShipmentRow(s.returnId(), s.orderNo(), s.buyerId(), s.carrier(),
                s.logisticsCode(), s.logisticsName(), s.logisticsNo(), s.outboundLogisticsNo(), s.sender(),
                s.senderTelephone(), s.pickupAddress(), s.warehouseCode(), s.bookedAt())) == 1;
    }

    @Override
    public Optional<ReturnShipment> findByReturnId(String returnId) {
        return Optional.ofNullable(mapper.findByReturnId(returnId)).map(MyBatisReturnShipmentRepository::toDomain);
    }

    @Override
    public Optional<ReturnShipment> findByLogisticsNo(String logisticsNo) {
        return Optional.ofNullable(mapper.findByLogisticsNo(logisticsNo)).map(MyBatisReturnShipmentRepository::toDomain);
    }

    private static ReturnShipment toDomain(ReturnShipmentRow r) {
        return new ReturnShipment(r.returnId(), r.orderNo(), r.buyerId(), r.carrier(), r.logisticsCode(),
                r.logisticsName(), r.logisticsNo(), r.outboundLogisticsNo(), r.sender(), r.senderTelephone(),
                r.pickupAddress(), r.warehouseCode(), r.bookedAt());
    }
}
