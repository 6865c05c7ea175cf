package io.kaola.inventory.reservation.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.state.Step;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationLine;
import io.kaola.inventory.reservation.domain.ReservationRepository;
import io.kaola.inventory.reservation.domain.ReservationTransition;
import io.kaola.inventory.stock.domain.StockRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an order's reservation into a deduction once it is paid: on-hand and reserved both go
 * down by each line's quantity. Availability (on hand - reserved) does not move, so nothing is announced.
 * A flash order's reservation (taken from a stock hold) is deducted the same way: its units left the hold when
 * it was taken, and they are still counted in the stock row's reserved.
 */
@Service
public class DeductStock {
    private final ReservationRepository reservations;
    private final StockRepository stock;
    private final TransactionTemplate tx;

    public DeductStock(ReservationRepository reservations, StockRepository stock, TransactionTemplate tx) {
        this.reservations = reservations;
        this.stock = stock;
        this.tx = tx;
    }

    /**
     * @param orderNo the paid order
     * @return the reservation, DEDUCTED (also for a repeat)
     * @throws io.kaola.common.error.KaolaException INVENTORY_RESERVATION_NOT_FOUND, INVENTORY_RESERVATION_RELEASED
     */
    public Reservation deduct(String orderNo) {
        if (orderNo == null || orderNo.isBlank()) throw CommonError.INVALID_REQUEST.exception("orderNo is required");
        return tx.execute(status -> {
            Reservation current = reservations.find(orderNo);
            Step<ReservationStatus> step = ReservationTransition.DEDUCT.decideFor(orderNo, current == null ? null : current.status());
            if (step.stays()) return current;
            if (!reservations.moveStatus(orderNo, step.from(), step.to())) {
                Reservation moved = reservations.reloadLocked(orderNo);
                ReservationTransition.DEDUCT.decideFor(orderNo, moved.status()); // throws if it was released meanwhile
                return moved;
            }
            for (ReservationLine line : current.lines()) {
                if (!stock.deduct(line.skuCode(), current.warehouseCode(), line.quantity())) {
                    throw new IllegalStateException("stock of sku " + line.skuCode() + " holds less than reservation "
                            + orderNo + " reserved");
                }
            }
            return current.withStatus(step.to());
        });
    }
}
