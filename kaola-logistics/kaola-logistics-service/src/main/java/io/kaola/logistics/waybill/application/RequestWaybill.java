package io.kaola.logistics.waybill.application;

import io.kaola.common.money.Money;
import io.kaola.inventory.api.Warehouses;
import io.kaola.logistics.api.WaybillStatus;
import io.kaola.logistics.carrier.application.CarrierAdapter;
import io.kaola.logistics.carrier.application.Carriers;
import io.kaola.logistics.carrier.domain.IssuedWaybill;
import io.kaola.logistics.carrier.domain.WaybillRequest;
import io.kaola.logistics.waybill.domain.Waybill;
import io.kaola.logistics.waybill.domain.WaybillRepository;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.ShippingAddress;
import io.kaola.pricing.api.PriceQuote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * On payment, the order's waybill: asked from the carrier for the order's bonded warehouse
 * ({@link Warehouses#DEFAULT_BONDED}), stored, then published as waybill-created (kaola-customs declares CEB511 from
 * it). One waybill per order: a redelivered order-status-changed finds the stored waybill and publishes it again
 * (consumers dedupe on the order number); the carrier is idempotent on the order too, so a crash between its answer
 * and our insert asks again for the same number.
 */
@Component
public class RequestWaybill {
    private static final Logger log = LoggerFactory.getLogger(RequestWaybill.class);

    private final WaybillRepository waybills;
    private final OrderLookup orders;
    private final SkuWeights weights;
    private final Carriers carriers;
    private final WaybillCreatedPublisher publisher;

    public RequestWaybill(WaybillRepository waybills, OrderLookup orders, SkuWeights weights, Carriers carriers,
                          WaybillCreatedPublisher publisher) {
        this.waybills = waybills;
        this.orders = orders;
        this.weights = weights;
        this.carriers = carriers;
        this.publisher = publisher;
    }

    /**
     * @param orderNo a paid order
     * @return the order's waybill; empty when the order is not (or no longer) paid-or-later (nothing done)
     * @throws io.kaola.common.error.KaolaException COMMON_SERVICE_UNAVAILABLE, LOGISTICS_CARRIER_UNAVAILABLE (retry)
     * @throws IllegalStateException the broker did not take waybill-created (retry: the waybill is stored)
     */
    public Optional<Waybill> onPaid(String orderNo) {
        Optional<Waybill> existing = waybills.findByOrderNo(orderNo);
        if (existing.isPresent()) {
            publisher.publish(existing.get().toCreatedEvent());
            return existing;
        }
        OrderView order = orders.findByOrderNo(orderNo);
        if (order.status() == OrderStatus.PENDING_PAYMENT || order.status() == OrderStatus.CLOSED) {
            log.warn("order {} is {}: no waybill requested", orderNo, order.status());
            return Optional.empty();
        }
        ShippingAddress address = order.address();
        WaybillRequest request = new WaybillRequest(orderNo, Warehouses.DEFAULT_BONDED, address.consignee(),
                address.phone(), address.province(), address.city(), address.district(), address.detail(),
                weightOf(order.price()));
        CarrierAdapter carrier = carriers.defaultCarrier();
        IssuedWaybill issued = carrier.requestWaybill(request);
        Money freight = order.price().shipping();
        Waybill waybill = new Waybill(orderNo, order.buyerId(), carrier.code(), issued.logisticsCode(),
                issued.logisticsName(), issued.logisticsNo(), address.consignee(), address.phone(),
                request.fullAddress(), freight, request.weightGrams(), request.warehouseCode(), WaybillStatus.CREATED,
                issued.issuedAt(), null);
        if (!waybills.insert(waybill)) waybill = waybills.findByOrderNo(orderNo).orElseThrow();
        log.info("waybill {} ({}) issued for order {}", waybill.logisticsNo(), waybill.carrier(), orderNo);
        publisher.publish(waybill.toCreatedEvent());
        return Optional.of(waybill);
    }

    /** @return the parcel's gross weight: the sum of quantity × grams per unit over the order's lines, grams */
    private int weightOf(PriceQuote price) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (PriceQuote.LineQuote line : price.lines()) quantities.merge(line.skuCode(), line.quantity(), Integer::sum);
        if (quantities.isEmpty()) return 0;
        Map<String, Integer> grams = weights.gramsPerUnit(List.copyOf(quantities.keySet()));
        long total = 0;
        for (Map.Entry<String, Integer> e : quantities.entrySet()) {
            total += (long) grams.getOrDefault(e.getKey(), 0) * e.getValue();
        }
        return Math.toIntExact(total);
    }
}
