package io.kaola.promotion.seckill.application;

import io.kaola.promotion.seckill.domain.SeckillAttemptAdmitted;

import io.kaola.common.error.ErrorKind;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.FlashSaleOrderRequest;
import io.kaola.promotion.api.AttemptStatus;
import io.kaola.promotion.seckill.domain.AttemptRecord;
import io.kaola.promotion.seckill.domain.FlashSale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns an admitted attempt into an order (kaola-order, idempotent on the attempt), then settles the attempt: ORDERED
 * with the order number, or — when kaola-order refuses (the buyer is not verified, over the annual quota, the hold
 * closed...) — FAILED with the code, its unit and the buyer's count given back in Redis. An attempt that is not QUEUED
 * any more is left alone, so a redelivered message changes nothing. A transport failure or COMMON_SERVICE_UNAVAILABLE
 * is thrown, so the broker redelivers (the order call is idempotent, so a timed-out call that did place the order
 * returns that order next time).
 */
@Service
public class PlaceFlashSaleOrder {
    private static final Logger log = LoggerFactory.getLogger(PlaceFlashSaleOrder.class);

    private final SeckillGate gate;
    private final ManageFlashSales sales;
    private final FlashOrders orders;

    public PlaceFlashSaleOrder(SeckillGate gate, ManageFlashSales sales, FlashOrders orders) {
        this.gate = gate;
        this.sales = sales;
        this.orders = orders;
    }

    /**
     * @param admitted the admitted attempt
     * @return the attempt's status afterwards (null when Redis no longer knows it)
     */
    public AttemptStatus handle(SeckillAttemptAdmitted admitted) {
        AttemptRecord record = gate.attempt(admitted.saleId(), admitted.attemptId());
        if (record == null) {
            log.warn("flash sale {}: attempt {} unknown to Redis (expired after the sale?), not ordered",
                    admitted.saleId(), admitted.attemptId());
            return null;
        }
        if (record.status() != AttemptStatus.QUEUED) return record.status();
        FlashSale sale = sales.cached(admitted.saleId());
        FlashSaleOrderRequest request = new FlashSaleOrderRequest(record.userId(), admitted.attemptId(), sale.id(),
                sale.name(), sale.holdId(), sale.skuCode(), 1, sale.price(), admitted.address(), admitted.addressId());
        try {
            String orderNo = orders.place(request);
            if (!gate.settleOrdered(sale.id(), admitted.attemptId(), orderNo)) {
                log.error("flash sale {}: attempt {} placed order {} but was no longer QUEUED; reconcile", sale.id(),
                        admitted.attemptId(), orderNo);
            }
            return AttemptStatus.ORDERED;
        } catch (KaolaException e) {
            if (e.kind() == ErrorKind.UNAVAILABLE) throw e;
            gate.giveBack(sale.id(), admitted.attemptId(), e.code());
            log.info("flash sale {}: attempt {} not ordered ({}), unit given back", sale.id(), admitted.attemptId(), e.code());
            return AttemptStatus.FAILED;
        }
    }
}
