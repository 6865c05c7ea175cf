package io.kaola.promotion.seckill.application;

import io.kaola.promotion.seckill.domain.SeckillAttemptAdmitted;

import io.kaola.common.error.CommonError;
import io.kaola.inventory.api.HoldView;
import io.kaola.promotion.api.FlashSaleReconciliation;
import io.kaola.promotion.seckill.domain.AttemptRecord;
import io.kaola.promotion.seckill.domain.FlashSale;
import io.kaola.promotion.seckill.domain.FlashSaleStatus;
import io.kaola.promotion.seckill.domain.GateSnapshot;
import io.kaola.promotion.seckill.domain.UnitDrift;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flash sale's reconciliation job (every {@code kaola.promotion.seckill.reconcile-interval}, and on ops' demand):
 * compares Redis (units left + attempts queued) with the stock hold in kaola-inventory ({@link UnitDrift}), reports a
 * drift at WARN, and repairs what it safely can: a drift seen alike by two consecutive runs moves Redis's units (only
 * if they did not change meanwhile), and an attempt QUEUED longer than {@code stuck-after} has its message sent again
 * (its order call is idempotent). It never touches the hold or an order: those are the truth.
 */
@Service
public class ReconcileFlashSales {
    private static final Logger log = LoggerFactory.getLogger(ReconcileFlashSales.class);

    private final ManageFlashSales sales;
    private final SeckillGate gate;
    private final StockHolds holds;
    private final AttemptPublisher publisher;
    private final Clock clock;
    private final Duration stuckAfter;
    private final Map<Long, UnitDrift> previous = new ConcurrentHashMap<>();

    public ReconcileFlashSales(ManageFlashSales sales, SeckillGate gate, StockHolds holds, AttemptPublisher publisher,
                               Clock clock, @Value("${kaola.promotion.seckill.stuck-after:30s}") Duration stuckAfter) {
        this.sales = sales;
        this.gate = gate;
        this.holds = holds;
        this.publisher = publisher;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    /** Reconciles every sale not ended; a failure on one is logged and the next is tried. */
    public void reconcileAll() {
        for (FlashSale sale : sales.current(clock.instant())) {
            try {
                reconcile(sale.id());
            } catch (RuntimeException e) {
                log.warn("flash sale {}: reconciliation failed, next run retries: {}", sale.id(), e.toString());
            }
        }
    }

    /**
     * @return what was found and done
     * @throws io.kaola.common.error.KaolaException PROMOTION_FLASH_SALE_NOT_FOUND; COMMON_SERVICE_UNAVAILABLE
     */
    public FlashSaleReconciliation reconcile(long saleId) {
        FlashSale sale = sales.find(saleId);
        GateSnapshot snapshot = gate.snapshot(saleId);
        HoldView hold;
        try {
            hold = holds.find(sale.holdId());
        } catch (RuntimeException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-inventory did not answer; reconcile again");
        }
        List<String> notes = new ArrayList<>();
        int holdRemaining = hold == null ? 0 : hold.remaining();
        String holdStatus = hold == null ? "NONE" : hold.status().name();
        UnitDrift drift = UnitDrift.of(snapshot, holdRemaining);
        boolean repaired = false;
        boolean open = sale.status() == FlashSaleStatus.HELD && hold != null && "OPEN".equals(holdStatus);
        if (!snapshot.warmed()) {
            notes.add("not warmed in Redis (the sweep warms it with what the hold has)");
        } else if (!open) {
            notes.add("the hold is " + holdStatus + ": nothing to compare while no unit can be sold");
        } else if (drift.drift() == 0) {
            notes.add("in step: " + snapshot.units() + " in Redis + " + snapshot.queued().size() + " queued = "
                    + holdRemaining + " in the hold");
        } else {
            UnitDrift before = previous.get(saleId);
            notes.add(drift.describe());
            if (drift.sameAs(before)) {
                repaired = gate.adjustUnits(saleId, snapshot.units(), -drift.drift());
                notes.add(repaired ? "repaired: Redis units " + snapshot.units() + " → "
                        + Math.max(0, snapshot.units() - drift.drift())
                        : "not repaired: Redis units moved meanwhile, next run decides again");
            } else {
                notes.add("not repaired yet: a drift is repaired when the next run sees it alike (attempts in flight "
                        + "settle meanwhile)");
            }
            log.warn("flash sale {}: {}{}", saleId, drift.describe(), repaired ? " (repaired)" : "");
        }
        previous.put(saleId, repaired ? UnitDrift.NONE : drift);
        Instant stuckBefore = clock.instant().minus(stuckAfter);
        for (AttemptRecord queued : snapshot.queued()) {
            if (!queued.admittedAt().isBefore(stuckBefore)) continue;
            String payload = gate.payload(saleId, queued.attemptId());
            if (payload == null) continue;
            try {
                publisher.send(publisher.decode(payload));
                notes.add("attempt " + queued.attemptId() + " queued since " + queued.admittedAt() + ": sent again");
            } catch (RuntimeException e) {
                notes.add("attempt " + queued.attemptId() + " stuck, resend failed: " + e);
            }
        }
        return new FlashSaleReconciliation(saleId, snapshot.units(), snapshot.queued().size(), snapshot.ordered(),
                snapshot.failed(), holdRemaining, holdStatus, drift.drift(), repaired, notes);
    }
}
