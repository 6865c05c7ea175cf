package io.kaola.inventory.reservation.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.state.Step;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationLine;
import io.kaola.inventory.reservation.domain.ReservationRepository;
import io.kaola.inventory.reservation.domain.ReservationTransition;
import io.kaola.inventory.stock.application.SkuStockChangedPublisher;
import io.kaola.inventory.stock.domain.AvailabilityChange;
import io.kaola.inventory.stock.domain.SkuStock;
import io.kaola.inventory.stock.domain.StockRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives an order's held stock back when the order is cancelled or closed unpaid. A flash order's units (its
 * reservation has a holdId) go back into their stock hold while that hold is OPEN, so that the next flash buyer can
 * take them and available stock does not move; once the hold is CLOSED they go back to available stock like any other.
 */
@Service
public class ReleaseStock {
    private final ReservationRepository reservations;
    private final StockRepository stock;
    private final HoldReturns holds;
    private final SkuStockChangedPublisher events;
    private final TransactionTemplate tx;

    public ReleaseStock(ReservationRepository reservations, StockRepository stock, HoldReturns holds,
                        SkuStockChangedPublisher events, TransactionTemplate tx) {
        this.reservations = reservations;
        this.stock = stock;
        this.holds = holds;
        this.events = events;
        this.tx = tx;
    }

    private record Released(Reservation reservation, List<AvailabilityChange> changes) {}

    /**
     * The status move, the give-back to the hold and the stock write are one transaction; the hold is re-read under
     * its lock ({@link HoldReturns#giveBack}), so a close running at the same time either sees the units back in
     * remaining (and returns them to stock) or has closed first (and they go to stock here): none are lost.
     *
     * @param orderNo the cancelled order
     * @return the reservation (RELEASED; DEDUCTED ones unchanged), or null when the order holds nothing
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (blank orderNo)
     */
    public Reservation release(String orderNo) {
        if (orderNo == null || orderNo.isBlank()) throw CommonError.INVALID_REQUEST.exception("orderNo is required");
        Released released = tx.execute(status -> {
            Reservation current = reservations.find(orderNo);
            Step<ReservationStatus> step = ReservationTransition.RELEASE.decideFor(orderNo, current == null ? null : current.status());
            if (step.stays()) return new Released(current, List.of());
            if (!reservations.moveStatus(orderNo, step.from(), step.to())) {
                return new Released(reservations.reloadLocked(orderNo), List.of()); // released or deducted meanwhile
            }
            List<AvailabilityChange> changes = new ArrayList<>();
            for (ReservationLine line : current.lines()) {
                if (current.fromHold() && holds.giveBack(current.holdId(), line.quantity())) {
                    continue; // back in the OPEN hold: still reserved in stock, availability unchanged
                }
                if (!stock.unreserve(line.skuCode(), current.warehouseCode(), line.quantity())) {
                    throw new IllegalStateException("stock of sku " + line.skuCode() + " holds less than reservation "
                            + orderNo + " reserved");
                }
                SkuStock after = stock.lock(line.skuCode(), current.warehouseCode());
                changes.add(new AvailabilityChange(line.skuCode(), current.warehouseCode(),
                        after.available() - line.quantity(), after.available()));
            }
            return new Released(current.withStatus(step.to()), changes);
        });
        events.publishCommitted(released.changes());
        return released.reservation();
    }
}
