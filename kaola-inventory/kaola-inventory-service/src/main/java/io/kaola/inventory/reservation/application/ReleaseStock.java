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

/** Gives an order's held stock back when the order is cancelled or closed unpaid. */
@Service
public class ReleaseStock {
    private final ReservationRepository reservations;
    private final StockRepository stock;
    private final SkuStockChangedPublisher events;
    private final TransactionTemplate tx;

    public ReleaseStock(ReservationRepository reservations, StockRepository stock, SkuStockChangedPublisher events,
                        TransactionTemplate tx) {
        this.reservations = reservations;
        this.stock = stock;
        this.events = events;
        this.tx = tx;
    }

    private record Released(Reservation reservation, List<AvailabilityChange> changes) {}

    /**
     * @param orderNo the cancelled order
     * @return the reservation (RELEASED; DEDUCTED ones unchanged), or null when the order holds nothing
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
                if (!stock.unreserve(line.skuCode(), current.warehouseCode(), line.quantity())) {
                    throw new IllegalStateException("stock of sku " + line.skuCode() + " holds less than reservation "
                            + orderNo + " reserved");
                }
                SkuStock after = stock.lock(line.skuCode(), current.warehouseCode());
                changes.add(new AvailabilityChange(line.skuCode(), current.warehouseCode(),
                        after.available() - line.quantity(), after.available()));
            }
            return new Released(new Reservation(orderNo, current.warehouseCode(), step.to(), current.lines()), changes);
        });
        events.publishCommitted(released.changes());
        return released.reservation();
    }
}
