package io.kaola.inventory.reservation.application;

import io.kaola.common.state.Step;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationLine;
import io.kaola.inventory.reservation.domain.ReservationRepository;
import io.kaola.inventory.reservation.domain.ReservationTransition;
import io.kaola.inventory.reservation.domain.RestockPlan;
import io.kaola.inventory.reservation.domain.RestockedUnits;
import io.kaola.inventory.stock.application.SkuStockChangedPublisher;
import io.kaola.inventory.stock.domain.AvailabilityChange;
import io.kaola.inventory.stock.domain.SkuStock;
import io.kaola.inventory.stock.domain.StockRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts sold goods back on hand: a paid order cancelled before it left the bonded warehouse (every unit), or the
 * units of a return (the lines given). On-hand goes up by each line's quantity and reserved does not move, so
 * available stock goes up by the same. A flash order's units (its reservation has a holdId) go to available stock
 * too, never back into the stock hold: the sale they were set aside for may be over, and a restocked unit is an
 * ordinary unit again.
 */
@Service
public class RestockStock {
    private static final Logger log = LoggerFactory.getLogger(RestockStock.class);

    private final ReservationRepository reservations;
    private final StockRepository stock;
    private final SkuStockChangedPublisher events;
    private final TransactionTemplate tx;

    public RestockStock(ReservationRepository reservations, StockRepository stock, SkuStockChangedPublisher events,
                        TransactionTemplate tx) {
        this.reservations = reservations;
        this.stock = stock;
        this.events = events;
        this.tx = new TransactionTemplate(tx.getTransactionManager());
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    private record Restocked(Reservation reservation, List<AvailabilityChange> changes) {}

    /**
     * One READ COMMITTED transaction: the reservation row is locked first (so two restocks of one order run one after
     * the other), then the restocks so far are read (committed ones, all of them: the previous restock committed
     * before the lock was granted), the plan is decided ({@link RestockPlan}, the status by
     * {@link ReservationTransition#LIFECYCLE}), and only then is anything written: the restock lines, each SKU's
     * on-hand (in skuCode order) and, when the last unit is back, DEDUCTED → RESTOCKED. SkuStockChanged is published
     * after commit for a SKU that came back in stock.
     *
     * @param orderNo    the order, 1..64 characters
     * @param restockKey the idempotency key within the order, 1..64 characters: a repeat answers the reservation as it is
     * @param lines      (skuCode, quantity 1..999), each SKU once; empty = every unit not yet restocked
     * @return the reservation after the restock: DEDUCTED while units are still out, RESTOCKED once all are back
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST, INVENTORY_RESERVATION_NOT_FOUND,
     *         INVENTORY_RESERVATION_NOT_DEDUCTED (RESERVED or RELEASED), INVENTORY_INVALID_QUANTITY (more than left,
     *         a SKU the order does not have, a bad quantity); nothing is written when any is thrown
     */
    public Reservation restock(String orderNo, String restockKey, List<ReservationLine> lines) {
        List<ReservationLine> asked = lines == null ? List.of() : lines;
        RestockPlan.checkRequest(orderNo, restockKey, asked);
        Restocked restocked = tx.execute(status -> {
            Reservation current = reservations.reloadLocked(orderNo);
            if (current == null) {
                ReservationTransition.RESTOCK.decideFor(orderNo, null); // throws INVENTORY_RESERVATION_NOT_FOUND
            }
            List<RestockedUnits> done = reservations.restocksOf(orderNo);
            if (done.stream().anyMatch(u -> u.restockKey().equals(restockKey))) {
                return new Restocked(current, List.of()); // a repeat of this restock
            }
            RestockPlan plan = RestockPlan.of(current, done, asked);
            Step<ReservationStatus> step = plan.transition().decideFor(orderNo, current.status());
            plan.checkWithinLeft();
            if (plan.isEmpty() && !step.moves()) {
                return new Restocked(current, List.of()); // nothing left: RESTOCK stays on RESTOCKED
            }
            if (!plan.isEmpty()) reservations.recordRestock(orderNo, restockKey, plan.lines());
            List<AvailabilityChange> changes = new ArrayList<>();
            for (ReservationLine line : plan.lines()) {
                if (!stock.restock(line.skuCode(), current.warehouseCode(), line.quantity())) {
                    throw new IllegalStateException("sku " + line.skuCode() + " of reservation " + orderNo
                            + " is not stocked in warehouse " + current.warehouseCode());
                }
                SkuStock after = stock.lock(line.skuCode(), current.warehouseCode());
                changes.add(new AvailabilityChange(line.skuCode(), current.warehouseCode(),
                        after.available() - line.quantity(), after.available()));
            }
            Reservation result = current;
            if (step.moves()) {
                if (!reservations.moveStatus(orderNo, step.from(), step.to())) {
                    throw new IllegalStateException("reservation " + orderNo + " changed under its row lock");
                }
                result = current.withStatus(step.to());
            }
            return new Restocked(result, changes);
        });
        if (!restocked.changes().isEmpty()) {
            log.info("restocked order {} ({}): {} sku(s), now {}", orderNo, restockKey, restocked.changes().size(),
                    restocked.reservation().status());
        }
        events.publishCommitted(restocked.changes());
        return restocked.reservation();
    }
}
