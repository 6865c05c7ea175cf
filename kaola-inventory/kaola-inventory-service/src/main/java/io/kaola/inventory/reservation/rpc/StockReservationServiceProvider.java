package io.kaola.inventory.reservation.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.ReservationView;
import io.kaola.inventory.api.ReserveStockRequest;
import io.kaola.inventory.api.RestockRequest;
import io.kaola.inventory.api.StockReservationService;
import io.kaola.inventory.reservation.application.DeductStock;
import io.kaola.inventory.reservation.application.ReleaseStock;
import io.kaola.inventory.reservation.application.ReserveStock;
import io.kaola.inventory.reservation.application.RestockStock;
import io.kaola.inventory.reservation.domain.Reservation;
import io.kaola.inventory.reservation.domain.ReservationLine;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

/** Dubbo face of reservations: maps the api records to the use cases and back. */
@DubboService(timeout = 3000, methods = {
        @Method(name = "reserve", timeout = 5000), // waits for row locks when a SKU sells fast
        @Method(name = "deduct", timeout = 3000),
        @Method(name = "release", timeout = 3000),
        @Method(name = "restock", timeout = 3000)}) // idempotent on (orderNo, restockKey)
public class StockReservationServiceProvider implements StockReservationService {
    private final ReserveStock reserveStock;
    private final DeductStock deductStock;
    private final ReleaseStock releaseStock;
    private final RestockStock restockStock;

    public StockReservationServiceProvider(ReserveStock reserveStock, DeductStock deductStock, ReleaseStock releaseStock,
                                           RestockStock restockStock) {
        this.reserveStock = reserveStock;
        this.deductStock = deductStock;
        this.releaseStock = releaseStock;
        this.restockStock = restockStock;
    }

    @Override
    public ReservationView reserve(ReserveStockRequest request) throws KaolaException {
        if (request == null) throw CommonError.INVALID_REQUEST.exception("a reservation request is required");
        return toView(reserveStock.reserve(request.orderNo(), request.warehouseCode(),
                request.lines().stream().map(l -> new ReservationLine(l.skuCode(), l.quantity())).toList()));
    }

    @Override
    public ReservationView deduct(String orderNo) throws KaolaException {
        return toView(deductStock.deduct(orderNo));
    }

    @Override
    public ReservationView release(String orderNo) throws KaolaException {
        return toView(releaseStock.release(orderNo));
    }

    @Override
    public ReservationView restock(RestockRequest request) throws KaolaException {
        if (request == null) throw CommonError.INVALID_REQUEST.exception("a restock request is required");
        return toView(restockStock.restock(request.orderNo(), request.restockKey(),
                request.lines().stream().map(l -> l == null ? null : new ReservationLine(l.skuCode(), l.quantity())).toList()));
    }

    static ReservationView toView(Reservation reservation) {
        if (reservation == null) return null;
        return new ReservationView(reservation.orderNo(), reservation.warehouseCode(), reservation.status(),
                reservation.lines().stream().map(l -> new ReserveStockRequest.Line(l.skuCode(), l.quantity())).toList());
    }
}
