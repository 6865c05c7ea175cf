package io.kaola.inventory.reservation.application;

import io.kaola.common.error.CommonError;
import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationLine;
import io.kaola.inventory.reservation.domain.ReservationTransition;
import io.kaola.inventory.reservation.infrastructure.ReservationRepository;
import io.kaola.inventory.stock.infrastructure.StockMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an order's reservation into a deduction once it is paid: on-hand and reserved both go
 * down by each line's quantity. Availability (on hand - reserved) does not move, so nothing is announced.
 */
@Service
public class DeductStock {
    private final ReservationRepository reservations;
    private final StockMapper stock;
    private final TransactionTemplate tx;

    public DeductStock(ReservationRepository reservations, StockMapper stock, TransactionTemplate tx) {
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
            ReservationTransition deduct = ReservationTransition.DEDUCT;
            if (deduct.decide(orderNo, current == null ? null : current.status()) == ReservationTransition.Decision.KEEP) {
                return current;
            }
            if (!reservations.move(current, deduct)) {
                Reservation moved = reservations.reloadLocked(orderNo);
                deduct.decide(orderNo, moved.status()); // throws if it was released meanwhile
                return moved;
            }
            for (ReservationLine line : current.lines()) {
                if (stock.deduct(line.skuCode(), current.warehouseCode(), line.quantity()) != 1) {
                    throw new IllegalStateException("stock of sku " + line.skuCode() + " holds less than reservation "
                            + orderNo + " reserved");
                }
            }
            return new Reservation(orderNo, current.warehouseCode(), deduct.to(), current.lines());
        });
    }
}
