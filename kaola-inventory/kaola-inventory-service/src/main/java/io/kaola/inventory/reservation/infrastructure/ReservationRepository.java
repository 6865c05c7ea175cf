package io.kaola.inventory.reservation.infrastructure;

import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationTransition;
import org.springframework.stereotype.Repository;

/** Loads and stores {@link Reservation}s: header plus lines. */
@Repository
public class ReservationRepository {
    private final ReservationMapper mapper;

    public ReservationRepository(ReservationMapper mapper) { this.mapper = mapper; }

    /** @return the reservation of the order, or null */
    public Reservation find(String orderNo) {
        ReservationMapper.ReservationRow row = mapper.findByOrderNo(orderNo);
        if (row == null) return null;
        return new Reservation(row.orderNo(), row.warehouseCode(), row.status(), mapper.findLinesByOrderNo(orderNo));
    }

    /**
     * Reads the latest committed state and locks it: after a guarded write changed 0 rows, a plain
     * read would still show this transaction's (REPEATABLE READ) snapshot.
     * @return the reservation of the order, or null
     */
    public Reservation reloadLocked(String orderNo) {
        ReservationMapper.ReservationRow row = mapper.lockByOrderNo(orderNo);
        if (row == null) return null;
        return new Reservation(row.orderNo(), row.warehouseCode(), row.status(), mapper.findLinesByOrderNo(orderNo));
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the order already has a reservation */
    public void create(Reservation reservation) {
        mapper.insert(reservation.orderNo(), reservation.warehouseCode(), reservation.status());
        mapper.insertLines(reservation.orderNo(), reservation.lines());
    }

    /**
     * Writes {@code transition} guarded by the status it leaves.
     * @return true if this call moved it; false if another call had moved it first
     */
    public boolean move(Reservation reservation, ReservationTransition transition) {
        return mapper.moveStatus(reservation.orderNo(), reservation.status(), transition.to()) == 1;
    }
}
