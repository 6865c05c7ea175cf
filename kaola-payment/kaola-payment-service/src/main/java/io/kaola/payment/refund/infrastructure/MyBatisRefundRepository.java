package io.kaola.payment.refund.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.payment.api.RefundLine;
import io.kaola.payment.api.RefundStatus;
import io.kaola.payment.refund.domain.Refund;
import io.kaola.payment.refund.domain.RefundRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@link RefundRepository} on kaola_payment's {@code refund} and {@code refund_notification} tables, through MyBatis
 * ({@link RefundMapper}, SQL in mapper/RefundMapper.xml); a refund's lines are stored as a JSON array.
 */
@Repository
public class MyBatisRefundRepository implements RefundRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<RefundLine>> LINES = new TypeReference<>() {};

    private final RefundMapper mapper;

    public MyBatisRefundRepository(RefundMapper mapper) { this.mapper = mapper; }

    /** A duplicate key (uk_refund_idempotency_key, or the refund number) stores nothing: false. */
    @Override
    public boolean insert(Refund r) {
        try {
            mapper.insert(new RefundRow(r.refundNo(), r.paymentNo(), r.orderNo(), r.buyerId(), r.amount().minor(),
                    r.amount().currency(), r.status().name(), r.reason(), r.idempotencyKey(), toJson(r.lines()),
                    r.provider(), r.providerRefundId(), r.providerAckedAt(), r.failureReason(), r.requestedAt(),
                    r.decidedAt()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Optional<Refund> find(String refundNo) {
        return Optional.ofNullable(mapper.findByRefundNo(refundNo)).map(MyBatisRefundRepository::toDomain);
    }

    @Override
    public Optional<Refund> findByIdempotencyKey(String idempotencyKey) {
        return Optional.ofNullable(mapper.findByIdempotencyKey(idempotencyKey)).map(MyBatisRefundRepository::toDomain);
    }

    @Override
    public List<Refund> findByPaymentNo(String paymentNo) {
        return mapper.findByPaymentNo(paymentNo).stream().map(MyBatisRefundRepository::toDomain).toList();
    }

    @Override
    public List<Refund> findByOrderNo(String orderNo) {
        return mapper.findByOrderNo(orderNo).stream().map(MyBatisRefundRepository::toDomain).toList();
    }

    @Override
    public List<Refund> inWindow(Instant from, Instant to) {
        return mapper.inWindow(from, to).stream().map(MyBatisRefundRepository::toDomain).toList();
    }

    @Override
    public <V extends Serializable> Page<V> page(RefundStatus status, PageRequest page, Function<Refund, V> view) {
        String s = status == null ? null : status.name();
        List<V> items = mapper.page(s, page.size(), page.offset()).stream().map(MyBatisRefundRepository::toDomain)
                .map(view).toList();
        return new Page<>(items, page.page(), page.size(), mapper.count(s));
    }

    @Override
    public boolean recordAck(String refundNo, String providerRefundId, Instant at) {
        return mapper.recordAck(refundNo, providerRefundId, at) == 1;
    }

    @Override
    public boolean move(Refund before, Refund after) {
        if (!before.refundNo().equals(after.refundNo()) || before.status() == after.status()) {
            throw new IllegalArgumentException("not a move of one refund: " + before.refundNo() + " " + before.status()
                    + " -> " + after.refundNo() + " " + after.status());
        }
        return mapper.moveStatus(before.refundNo(), before.status().name(), after.status().name(),
                after.providerRefundId(), after.failureReason(), after.decidedAt()) == 1;
    }

    @Override
    public boolean recordNotification(String provider, String providerRefundId, String outcome, String refundNo,
                                      String body, Instant receivedAt) {
        try {
            mapper.insertNotification(provider, providerRefundId, outcome, refundNo, body, receivedAt);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public int countNotifications(String refundNo) { return mapper.countNotificationsOfRefund(refundNo); }

    @Override
    public List<Refund> awaitingProvider(Instant before, int limit) {
        return mapper.awaitingProvider(before, limit).stream().map(MyBatisRefundRepository::toDomain).toList();
    }

    @Override
    public List<String> paymentsDueWithoutRefund(Instant before, int limit) {
        return mapper.paymentsDueWithoutRefund(before, limit);
    }

    private static Refund toDomain(RefundRow r) {
        return new Refund(r.refundNo(), r.paymentNo(), r.orderNo(), r.buyerId(), new Money(r.amountMinor(), r.currency()),
                RefundStatus.valueOf(r.status()), r.reason(), r.idempotencyKey(), fromJson(r.refundLines()), r.provider(),
                r.providerRefundId(), r.providerAckedAt(), r.failureReason(), r.requestedAt(), r.decidedAt());
    }

    private static String toJson(List<RefundLine> lines) {
        try {
            return JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);   // records of strings and ints always serialise
        }
    }

    private static List<RefundLine> fromJson(String json) {
        if (json == null || json.isBlank()) return List.of();
        try {
            return JSON.readValue(json, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("refund_lines is not a JSON array of lines: " + e.getOriginalMessage());
        }
    }
}
