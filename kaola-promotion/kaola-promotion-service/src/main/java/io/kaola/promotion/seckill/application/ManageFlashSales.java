package io.kaola.promotion.seckill.application;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.inventory.api.HoldView;
import io.kaola.promotion.api.CreateFlashSaleRequest;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.seckill.domain.FlashSale;
import io.kaola.promotion.seckill.domain.FlashSaleRepository;
import io.kaola.promotion.seckill.domain.FlashSaleRules;
import io.kaola.promotion.seckill.domain.FlashSaleStatus;
import io.kaola.promotion.seckill.domain.FlashSaleTransition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A flash sale's life: created with its units held in kaola-inventory and warmed into Redis; ended at its end (the
 * sweep) or by ops, when the hold closes and the unsold units go back to stock. Every step is idempotent, so the sweep
 * may repeat what a crash interrupted. docs/promotions.md §flash sale.
 */
@Service
public class ManageFlashSales {
    private static final Logger log = LoggerFactory.getLogger(ManageFlashSales.class);

    private final FlashSaleRepository sales;
    private final StockHolds holds;
    private final SeckillGate gate;
    private final Clock clock;
    private final Duration keepAfterEnd;
    private final LoadingCache<Long, Optional<FlashSale>> cached;

    public ManageFlashSales(FlashSaleRepository sales, StockHolds holds, SeckillGate gate, Clock clock,
                            @Value("${kaola.promotion.seckill.keep-after-end:1d}") Duration keepAfterEnd,
                            @Value("${kaola.promotion.seckill.sale-cache-ttl:1s}") Duration cacheTtl) {
        this.sales = sales;
        this.holds = holds;
        this.gate = gate;
        this.clock = clock;
        this.keepAfterEnd = keepAfterEnd;
        this.cached = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(1_000)
                .build(id -> Optional.ofNullable(sales.find(id)));
    }

    /**
     * Creates the sale: row (PENDING) → hold the units in kaola-inventory → HELD → warm Redis. A refused or failed hold
     * removes the row again, so nothing is left.
     *
     * @return the sale, HELD
     * @throws KaolaException PROMOTION_INVALID_FLASH_SALE; INVENTORY_INSUFFICIENT_STOCK, INVENTORY_UNKNOWN_SKU;
     *         COMMON_SERVICE_UNAVAILABLE when kaola-inventory did not answer (the hold is closed again)
     */
    public FlashSale create(CreateFlashSaleRequest request) {
        FlashSale sale = sales.create(FlashSaleRules.validate(request, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        try {
            holds.hold(sale.holdId(), sale.skuCode(), sale.units());
        } catch (KaolaException e) {
            sales.deletePending(sale.id());
            throw e;
        } catch (RuntimeException e) {
            try {
                holds.close(sale.holdId());
                sales.deletePending(sale.id());
            } catch (RuntimeException again) {
                log.warn("flash sale {}: its hold may exist and was not closed ({}); the sweep ends the PENDING sale",
                        sale.id(), again.toString());
            }
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-inventory did not answer; nothing was set aside, "
                    + "try again");
        }
        Step<FlashSaleStatus> step = FlashSaleTransition.LIFECYCLE.decide(sale.status(), FlashSaleTransition.HOLD);
        sales.moveStatus(sale.id(), step.from(), step.to(), 0);
        FlashSale held = sales.find(sale.id());
        warm(held);
        cached.invalidate(held.id());
        return held;
    }

    /**
     * @return the sale, from a cache of {@code kaola.promotion.seckill.sale-cache-ttl} (the attempt path reads it)
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND
     */
    public FlashSale cached(long id) {
        return cached.get(id).orElseThrow(() -> PromotionError.FLASH_SALE_NOT_FOUND.exception("no flash sale " + id));
    }

    /**
     * @return the sale as stored now
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND
     */
    public FlashSale find(long id) {
        FlashSale sale = sales.find(id);
        if (sale == null) throw PromotionError.FLASH_SALE_NOT_FOUND.exception("no flash sale " + id);
        return sale;
    }

    /** @return HELD sales not ended at {@code at} */
    public List<FlashSale> current(Instant at) { return sales.notEndedAt(at); }

    /**
     * Ends the sale now: admissions stop at once (Redis), the hold closes and the unsold units go back to stock.
     * Idempotent.
     *
     * @return the sale, ENDED
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE when the hold could not be
     *         closed (admissions are stopped; the sweep closes it later)
     */
    public FlashSale end(long id) {
        FlashSale sale = find(id);
        if (sale.status() == FlashSaleStatus.ENDED) return sale;
        Instant now = clock.instant();
        gate.endAt(id, now);
        if (now.isBefore(sale.endsAt())) {
            log.info("flash sale {} ended by ops before its end {}", id, sale.endsAt());
        }
        return close(sale);
    }

    private FlashSale close(FlashSale sale) {
        HoldView closed;
        try {
            closed = holds.close(sale.holdId());
        } catch (KaolaException e) {
            if (!e.is(io.kaola.inventory.api.InventoryError.HOLD_NOT_FOUND)) throw e;
            closed = null;  // a creation that crashed before its hold: nothing to give back
        } catch (RuntimeException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-inventory did not answer; admissions are stopped "
                    + "and the unsold units go back to stock on the next sweep");
        }
        Step<FlashSaleStatus> step = FlashSaleTransition.LIFECYCLE.decide(sale.status(), FlashSaleTransition.END);
        int returned = closed == null ? 0 : closed.returned();
        if (step.moves() && sales.moveStatus(sale.id(), step.from(), step.to(), returned)) {
            log.info("flash sale {} ended: {} of {} units unsold, returned to stock of sku {}", sale.id(), returned,
                    sale.units(), sale.skuCode());
        }
        gate.expireAfter(sale.id(), keepAfterEnd);
        cached.invalidate(sale.id());
        return sales.find(sale.id());
    }

    /**
     * The sweep: ends sales past their end (and PENDING ones left by a crash a minute ago), and warms HELD ones Redis
     * does not know (after a Redis loss: with what the hold still has).
     */
    public void sweep() {
        Instant now = clock.instant();
        for (FlashSale sale : sales.open()) {
            try {
                if (sale.status() == FlashSaleStatus.PENDING) {
                    if (sale.createdAt().isBefore(now.minus(Duration.ofMinutes(1)))) close(sale);
                } else if (!now.isBefore(sale.endsAt())) {
                    close(sale);
                } else if (gate.remaining(sale.id()) < 0) {
                    warm(sale);
                }
            } catch (RuntimeException e) {
                log.warn("flash sale {}: sweep step failed, next sweep retries: {}", sale.id(), e.toString());
            }
        }
    }

    private void warm(FlashSale sale) {
        HoldView hold = holds.find(sale.holdId());
        int units = hold == null ? 0 : hold.remaining();
        gate.warm(sale.window(), units);
    }
}
