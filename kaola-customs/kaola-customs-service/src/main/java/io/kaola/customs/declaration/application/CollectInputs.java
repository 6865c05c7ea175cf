package io.kaola.customs.declaration.application;

import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.OrderFacts;
import io.kaola.customs.declaration.domain.PaymentFacts;
import io.kaola.customs.declaration.domain.WaybillFacts;
import io.kaola.logistics.api.WaybillCreated;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.user.api.DeclarationIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three inputs of a declaration, in any order: the paid order (read from kaola-order, -product and -user), the
 * payment and the waybill. Each stores its facts (the first one creates the declaration COLLECTING) and then lets
 * {@link AdvanceDeclaration} move it. Idempotent: a repeat stores the same facts again. A CANCELLED declaration
 * (a tombstone when the order was cancelled before any input) stores nothing and starts nothing.
 */
@Service
public class CollectInputs {
    private static final Logger log = LoggerFactory.getLogger(CollectInputs.class);
    /** Orders that will never be declared: nothing is collected for them. */
    private static final Set<OrderStatus> NOT_DECLARABLE =
            EnumSet.of(OrderStatus.PENDING_PAYMENT, OrderStatus.CLOSED, OrderStatus.CUSTOMS_REJECTED);

    private final DeclarationRepository repository;
    private final OrderLookup orders;
    private final CatalogLookup catalog;
    private final IdentityLookup identities;
    private final AdvanceDeclaration advance;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CollectInputs(DeclarationRepository repository, OrderLookup orders, CatalogLookup catalog,
                         IdentityLookup identities, AdvanceDeclaration advance, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.orders = orders;
        this.catalog = catalog;
        this.identities = identities;
        this.advance = advance;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The order was paid: reads it, its SKUs and the buyer's full identity, and stores them.
     *
     * @throws io.kaola.common.error.KaolaException COMMON_SERVICE_UNAVAILABLE and the lookups' codes (retried)
     */
    public void orderPaid(String orderNo) {
        OrderFacts facts = readOrder(orderNo);
        if (facts == null) return;
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            repository.createIfAbsent(orderNo, facts.buyerId(), now);
            if (open(orderNo)) repository.saveOrderFacts(facts, now);
        });
        advance.advance(orderNo);
    }

    /**
     * Locks the declaration (in the caller's transaction).
     *
     * @return false when it is CANCELLED: its facts are not stored (nothing will be declared; no identity number is
     *         kept for it), and {@link AdvanceDeclaration} starts nothing
     */
    private boolean open(String orderNo) {
        boolean cancelled = repository.lock(orderNo).map(d -> d.status() == io.kaola.customs.api.DeclarationStatus.CANCELLED)
                .orElse(false);
        if (cancelled) log.info("declaration of order {} is cancelled: the input is not stored", orderNo);
        return !cancelled;
    }

    /** @return the order's facts read again now (a re-send after a fix), or null when it is not declarable */
    OrderFacts readOrder(String orderNo) {
        OrderView order = orders.findByOrderNo(orderNo);
        if (NOT_DECLARABLE.contains(order.status())) {
            log.info("order {} is {}: not declared", orderNo, order.status());
            return null;
        }
        List<PriceQuote.LineQuote> quoted = order.price().lines();
        List<SkuSnapshot> skus = catalog.getSkus(quoted.stream().map(PriceQuote.LineQuote::skuCode).distinct().toList());
        DeclarationIdentity buyer = identities.declarationIdentity(order.buyerId());
        List<OrderFacts.Line> lines = new ArrayList<>();
        for (PriceQuote.LineQuote l : quoted) {
            SkuSnapshot sku = skus.stream().filter(s -> s.skuCode().equals(l.skuCode())).findFirst().orElseThrow(
                    () -> new IllegalStateException("kaola-product did not return SKU " + l.skuCode()));
            lines.add(new OrderFacts.Line(l.skuCode(), nameOf(sku), l.quantity(), l.goods().minor(),
                    l.discount().minor(), sku.hsCode(), sku.weightGrams()));
        }
        var a = order.address();
        var p = order.price();
        return new OrderFacts(order.orderNo(), order.buyerId(), order.paymentNo(), order.payTransactionId(),
                order.paidAt(), p.goods().minor(), p.discount().minor(), p.shipping().minor(), p.tax().minor(),
                p.total().minor(), a.consignee(), a.phone(), a.province(), a.city(), a.district(), a.detail(),
                buyer.name(), buyer.idNumber(), lines);
    }

    /** The payment succeeded: the payer is the buyer (platform rule), whose full identity is read from kaola-user. */
    public void paymentSucceeded(PaymentSucceeded payment) {
        DeclarationIdentity payer = identities.declarationIdentity(payment.buyerId());
        PaymentFacts facts = new PaymentFacts(payment.paymentNo(), payment.orderNo(), payment.amount().minor(),
                payment.providerTxnId(), payment.paidAt(), payer.name(), payer.idNumber());
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            repository.createIfAbsent(payment.orderNo(), payment.buyerId(), now);
            if (open(payment.orderNo())) repository.savePaymentFacts(facts, now);
        });
        advance.advance(payment.orderNo());
    }

    /** The carrier issued the waybill. */
    public void waybillCreated(WaybillCreated w) {
        WaybillFacts facts = new WaybillFacts(w.orderNo(), w.logisticsCode(), w.logisticsName(), w.logisticsNo(),
                w.consignee(), w.consigneeTelephone(), w.consigneeAddress(), w.freight() == null ? 0 : w.freight().minor(),
                w.weightGrams(), w.warehouseCode(), w.createdAt());
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            repository.createIfAbsent(w.orderNo(), w.buyerId(), now);
            if (open(w.orderNo())) repository.saveWaybillFacts(facts, now);
        });
        advance.advance(w.orderNo());
    }

    /** @return the product's Chinese name, else any */
    static String nameOf(SkuSnapshot sku) {
        Map<String, String> names = sku.productName();
        if (names == null || names.isEmpty()) return sku.skuCode();
        for (String locale : List.of("zh-CN", "zh_CN", "zh")) if (names.get(locale) != null) return names.get(locale);
        return names.values().iterator().next();
    }
}
