package io.kaola.order.trade.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.order.api.ReturnRequest;
import io.kaola.order.api.ReturnStatus;
import io.kaola.order.api.ReturnView;
import io.kaola.order.trade.domain.OrderReturn;
import io.kaola.order.trade.domain.ReturnRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** {@link ReturnRepository} on the sharded order_return (ReturnMapper); lines and refund as JSON (PriceJson's mapper). */
@Repository
public class MyBatisReturnRepository implements ReturnRepository {
    private static final TypeReference<List<ReturnRequest.Line>> LINES = new TypeReference<>() {};

    private final ReturnMapper mapper;

    public MyBatisReturnRepository(ReturnMapper mapper) { this.mapper = mapper; }

    @Override
    public boolean insert(OrderReturn r, int sequence) {
        try {
            return mapper.insert(toRow(r, sequence)) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<OrderReturn> find(String returnId) {
        String orderNo = OrderReturn.orderNoOf(returnId);
        if (orderNo == null) return Optional.empty();
        return Optional.ofNullable(mapper.find(orderNo, returnId)).map(MyBatisReturnRepository::toReturn);
    }

    @Override
    public List<OrderReturn> findByOrder(long buyerId, String orderNo) {
        return mapper.findByOrder(buyerId, orderNo).stream().map(MyBatisReturnRepository::toReturn).toList();
    }

    @Override
    public boolean save(OrderReturn before, OrderReturn after) {
        return mapper.save(toRow(after, 0), before.status(), before.version()) == 1;
    }

    @Override
    public Page<ReturnView> list(ReturnStatus status, PageRequest page) {
        List<ReturnView> items = mapper.listByStatus(status, (long) page.page() * page.size(), page.size()).stream()
                .map(r -> toReturn(r).view()).toList();
        return new Page<>(items, page.page(), page.size(), mapper.countByStatus(status));
    }

    private static ReturnRow toRow(OrderReturn r, int sequence) {
        return new ReturnRow(r.returnId(), r.orderNo(), r.buyerId(), sequence, r.status(), write(r.lines()), r.reason(),
                r.refusalReason(), r.customs() == null ? null : r.customs().name(),
                r.refund() == null ? null : write(r.refund()), r.withinWindows(), r.logisticsNo(), r.refundNo(),
                r.requestedAt(), r.decidedAt(), r.decidedBy(), r.receivedAt(), r.refundedAt(), r.version());
    }

    private static OrderReturn toReturn(ReturnRow r) {
        try {
            return new OrderReturn(r.returnId(), r.orderNo(), r.buyerId(), r.status(),
                    PriceJson.JSON.readValue(r.linesJson(), LINES), r.reason(), r.refusalReason(),
                    r.customsAnswer() == null ? null : OrderReturn.CustomsAnswer.valueOf(r.customsAnswer()),
                    r.refundJson() == null ? null : PriceJson.JSON.readValue(r.refundJson(),
                            ReturnView.RefundBreakdown.class),
                    r.withinWindows(), r.logisticsNo(), r.refundNo(), r.requestedAt(), r.decidedAt(), r.decidedBy(),
                    r.receivedAt(), r.refundedAt(), r.version());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot decode return " + r.returnId(), e);
        }
    }

    private static String write(Object value) {
        try {
            return PriceJson.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a return", e);
        }
    }
}
