package io.kaola.order.trade.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.state.Step;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderSummary;
import io.kaola.order.api.ShippingAddress;
import io.kaola.order.trade.domain.Order;
import io.kaola.order.trade.domain.OrderBuyer;
import io.kaola.order.trade.domain.OrderShard;
import io.kaola.order.trade.domain.OrderRepository;
import io.kaola.order.trade.domain.OrderRepository.KeyedOrder;
import io.kaola.order.trade.domain.RequestFingerprint;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.pricing.api.TaxBreakdown;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link OrderRepository} on the sharded trade_order / trade_order_item tables through {@link OrderMapper}: maps
 * {@link Order} to rows and back (the quote frozen as JSON by {@link PriceJson}).
 */
@Repository
public class MyBatisOrderRepository implements OrderRepository {
    private final OrderMapper mapper;

    public MyBatisOrderRepository(OrderMapper mapper) { this.mapper = mapper; }

    @Override
    public void insert(Order order, RequestFingerprint requestFingerprint) {
        mapper.insertOrder(toRow(order, requestFingerprint.hex()));
        mapper.insertItems(toItems(order));
    }

    @Override
    public Optional<Order> find(long buyerId, String orderNo) {
        if (!OrderShard.isOrderNo(orderNo)) return Optional.empty();
        return Optional.ofNullable(mapper.findByBuyerAndOrderNo(buyerId, orderNo)).map(MyBatisOrderRepository::toOrder);
    }

    @Override
    public Optional<KeyedOrder> findByIdempotencyKey(long buyerId, String idempotencyKey) {
        return Optional.ofNullable(mapper.findByBuyerAndIdempotencyKey(buyerId, idempotencyKey))
                .map(r -> new KeyedOrder(toOrder(r), r.requestFingerprint()));
    }

    @Override
    public Optional<Order> findByOrderNo(String orderNo) {
        if (!OrderShard.isOrderNo(orderNo)) return Optional.empty();
        return Optional.ofNullable(mapper.findByOrderNo(orderNo)).map(MyBatisOrderRepository::toOrder);
    }

    @Override
    public Page<OrderSummary> list(long buyerId, PageRequest page) {
        List<OrderSummary> items = mapper.listByBuyer(buyerId, page.offset(), page.size()).stream()
                .map(r -> new OrderSummary(r.orderNo(), r.status(), new Money(r.totalMinor(), r.currency()),
                        r.lineCount(), r.createdAt()))
                .toList();
        return new Page<>(items, page.page(), page.size(), mapper.countByBuyer(buyerId));
    }

    @Override
    public boolean move(Order order, Step<OrderStatus> step, Instant at, String reason, PaidBy paidBy) {
        if (!step.moves()) throw new IllegalArgumentException("only a move is written: " + step);
        if (step.to() == OrderStatus.PAID && paidBy == null) throw new IllegalArgumentException("a move to PAID needs its payment");
        return mapper.moveStatus(order.buyerId(), order.orderNo(), step.from(), step.to(), timeColumn(step.to()),
                Objects.requireNonNull(at, "at"), reason == null || reason.length() <= 255 ? reason : reason.substring(0, 255),
                paidBy == null ? null : paidBy.paymentNo(), paidBy == null ? null : paidBy.payTransactionId()) == 1;
    }

    @Override
    public List<Order> findUnpaidPlacedBefore(Instant placedBefore, int limit) {
        return mapper.findByStatusPlacedBefore(OrderStatus.PENDING_PAYMENT, placedBefore, limit).stream()
                .map(MyBatisOrderRepository::toOrder).toList();
    }

    /** The column that records when an order entered {@code status} (V4); a constant, never user input. */
    static String timeColumn(OrderStatus status) {
        return switch (status) {
            case PENDING_PAYMENT -> "created_at";
            case PAID -> "paid_at";
            case DECLARING -> "declared_at";
            case CLEARED -> "cleared_at";
            case SHIPPED -> "shipped_at";
            case DELIVERED -> "delivered_at";
            case COMPLETED -> "completed_at";
            case CLOSED -> "closed_at";
            case CUSTOMS_REJECTED -> "rejected_at";
            case REFUNDING -> "refunding_at";
            case REFUNDED -> "refunded_at";
        };
    }

    private static OrderRow toRow(Order order, String requestFingerprint) {
        PriceQuote p = order.price();
        ShippingAddress a = order.address();
        OrderBuyer b = order.buyer();
        return new OrderRow(order.orderNo(), order.buyerId(), b == null ? null : b.name(),
                b == null ? null : b.maskedIdNumber(), b == null ? null : b.identityKey(), order.status(),
                order.idempotencyKey(), requestFingerprint, p.goods().minor(), p.discount().minor(), p.shipping().minor(), p.tax().minor(),
                p.dutiableValue().minor(), p.limitVerdict().name(), p.total().minor(), p.total().currency(),
                p.lines().size(), PriceJson.write(p),
                a.consignee(), a.phone(), a.province(), a.city(), a.district(), a.detail(),
                order.createdAt(), order.paidAt(), order.paymentNo(), order.version(), order.payTransactionId(),
                null, null, null, null, null, null, null, order.statusReason(), null, null);
    }

    private static List<OrderItemRow> toItems(Order order) {
        List<OrderItemRow> items = new ArrayList<>();
        List<PriceQuote.LineQuote> lines = order.price().lines();
        for (int i = 0; i < lines.size(); i++) {
            PriceQuote.LineQuote l = lines.get(i);
            FxRateView fx = l.fxRate();
            TaxBreakdown t = l.taxBreakdown();
            items.add(new OrderItemRow(order.orderNo(), order.buyerId(), i + 1, l.skuCode(), t.taxCategoryCode(),
                    l.quantity(), l.supplierUnitPrice().minor(), l.supplierUnitPrice().currency(),
                    fx == null ? null : fx.rate(), fx == null ? null : fx.rateDate(), fx == null ? null : fx.source(),
                    l.unitPrice().minor(), l.goods().minor(), l.discount().minor(), l.shipping().minor(),
                    l.dutiableValue().minor(), t.tariff().minor(), t.consumptionTax().minor(), t.vat().minor(),
                    l.tax().minor(), l.total().minor(), l.total().currency()));
        }
        return items;
    }

    private static Order toOrder(OrderRow r) {
        return new Order(r.orderNo(), r.buyerId(), r.status(), r.idempotencyKey(), PriceJson.read(r.priceJson()),
                new ShippingAddress(r.consignee(), r.phone(), r.province(), r.city(), r.district(), r.detail()),
                r.createdAt(), r.paidAt(), r.paymentNo(), r.version(),
                r.buyerName() == null ? null : new OrderBuyer(r.buyerName(), r.buyerIdMasked(), r.buyerIdentityKey()),
                r.payTransactionId(), enteredAt(r), r.statusReason());
    }

    private static Map<OrderStatus, Instant> enteredAt(OrderRow r) {
        EnumMap<OrderStatus, Instant> times = new EnumMap<>(OrderStatus.class);
        times.put(OrderStatus.PENDING_PAYMENT, r.createdAt());
        if (r.paidAt() != null) times.put(OrderStatus.PAID, r.paidAt());
        if (r.declaredAt() != null) times.put(OrderStatus.DECLARING, r.declaredAt());
        if (r.clearedAt() != null) times.put(OrderStatus.CLEARED, r.clearedAt());
        if (r.shippedAt() != null) times.put(OrderStatus.SHIPPED, r.shippedAt());
        if (r.deliveredAt() != null) times.put(OrderStatus.DELIVERED, r.deliveredAt());
        if (r.completedAt() != null) times.put(OrderStatus.COMPLETED, r.completedAt());
        if (r.closedAt() != null) times.put(OrderStatus.CLOSED, r.closedAt());
        if (r.rejectedAt() != null) times.put(OrderStatus.CUSTOMS_REJECTED, r.rejectedAt());
        if (r.refundingAt() != null) times.put(OrderStatus.REFUNDING, r.refundingAt());
        if (r.refundedAt() != null) times.put(OrderStatus.REFUNDED, r.refundedAt());
        return times;
    }
}
