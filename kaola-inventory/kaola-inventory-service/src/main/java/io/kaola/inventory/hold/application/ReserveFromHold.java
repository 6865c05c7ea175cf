package io.kaola.inventory.hold.application;

import io.kaola.common.error.CommonError;
import io.kaola.inventory.api.InventoryError;
import io.kaola.inventory.hold.domain.HoldRepository;
import io.kaola.inventory.hold.domain.StockHold;
import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationLine;
import io.kaola.inventory.reservation.domain.ReservationRepository;
import io.kaola.inventory.reservation.domain.ReservationTransition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Takes a flash order's units from a stock hold into the order's own reservation, which is then deducted on payment
 * or released on cancel like any other ({@code DeductStock}, {@code ReleaseStock}). The stock row does not change:
 * the units were reserved there when the hold was made, so available stock does not move and nothing is announced.
 */
@Service
public class ReserveFromHold {
    private final HoldRepository holds;
    private final ReservationRepository reservations;
    private final TransactionTemplate tx;

    public ReserveFromHold(HoldRepository holds, ReservationRepository reservations, TransactionTemplate tx) {
        this.holds = holds;
        this.reservations = reservations;
        this.tx = tx;
    }

    /**
     * One transaction: the guarded UPDATE of the hold ({@code remaining -= quantity WHERE status = 'OPEN' AND
     * remaining >= quantity}, evaluated under the hold's row lock, so concurrent buyers cannot take more than the
     * hold has), then the INSERT of the reservation (RESERVED, one line of the hold's SKU, holdId set).
     *
     * @param holdId   the hold, 1..64 characters
     * @param orderNo  the order, 1..64 characters, idempotency key: a repeat returns the order's existing
     *                 reservation as it is (whatever it was reserved from) without taking again
     * @param quantity units, 1..999
     * @return the order's reservation (RESERVED, or its later status for a repeat)
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST (bad holdId or orderNo),
     *         INVENTORY_INVALID_QUANTITY (quantity outside 1..999), INVENTORY_HOLD_NOT_FOUND, INVENTORY_HOLD_CLOSED,
     *         INVENTORY_HOLD_EXHAUSTED ("only N left"); nothing is taken when any is thrown
     */
    public Reservation reserve(String holdId, String orderNo, int quantity) {
        StockHold.checkHoldId(holdId);
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > Reservation.MAX_ORDER_NO_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("orderNo must be 1.." + Reservation.MAX_ORDER_NO_LENGTH + " characters");
        }
        if (quantity < 1 || quantity > Reservation.MAX_QUANTITY_PER_LINE) {
            throw InventoryError.INVALID_QUANTITY.exception("quantity taken from hold " + holdId + " must be 1.."
                    + Reservation.MAX_QUANTITY_PER_LINE + ", was " + quantity);
        }
        Reservation existing = reservations.find(orderNo);
        if (ReservationTransition.RESERVE.decideFor(orderNo, existing == null ? null : existing.status()).stays()) {
            return existing;
        }
        try {
            return tx.execute(status -> take(holdId, orderNo, quantity));
        } catch (DuplicateKeyException e) {
            // the same order reserved concurrently and committed first; ours rolled back with the units it took
            Reservation winner = reservations.find(orderNo);
            if (winner == null) throw e;
            return winner;
        }
    }

    private Reservation take(String holdId, String orderNo, int quantity) {
        if (!holds.take(holdId, quantity)) {
            // decide on the latest committed row, now locked by us; if it allows the take after all (units were
            // given back between the two statements), the second guarded UPDATE runs under our lock and wins
            StockHold latest = holds.lock(holdId);
            StockHold.checkTake(holdId, latest, quantity);
            if (!holds.take(holdId, quantity)) {
                throw new IllegalStateException("stock hold " + holdId + " changed under its lock");
            }
        }
        StockHold hold = holds.lock(holdId); // ours to read: the UPDATE above holds its lock
        Reservation reservation = new Reservation(orderNo, hold.warehouseCode(), ReservationTransition.RESERVE.target(),
                List.of(new ReservationLine(hold.skuCode(), quantity)), holdId);
        reservations.create(reservation);
        return reservation;
    }
}
