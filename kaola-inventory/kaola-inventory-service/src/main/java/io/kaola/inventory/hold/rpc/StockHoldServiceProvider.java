package io.kaola.inventory.hold.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.inventory.api.HoldStockRequest;
import io.kaola.inventory.api.HoldView;
import io.kaola.inventory.api.ReservationView;
import io.kaola.inventory.api.ReserveStockRequest;
import io.kaola.inventory.api.StockHoldService;
import io.kaola.inventory.hold.application.CloseHold;
import io.kaola.inventory.hold.application.FindHold;
import io.kaola.inventory.hold.application.HoldStock;
import io.kaola.inventory.hold.application.ReserveFromHold;
import io.kaola.inventory.hold.domain.StockHold;
import io.kaola.inventory.reservation.domain.Reservation;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

/**
 * Dubbo face of flash-sale stock holds: maps the api records to the use cases and back. Who may call which method is
 * declared by {@code @CallableBy} on {@link StockHoldService} (kaola-promotion holds and closes, kaola-order takes).
 * Dubbo exports only the first interface of a {@code @DubboService} class, hence a provider of its own beside
 * {@code StockReservationServiceProvider}.
 */
@DubboService(timeout = 3000, methods = {
        @Method(name = "hold", timeout = 5000),            // waits for the stock row's lock when the SKU sells fast
        @Method(name = "reserveFromHold", timeout = 5000), // every flash buyer queues on the one hold row
        @Method(name = "closeHold", timeout = 5000),
        @Method(name = "findHold", timeout = 2000, retries = 2)})
public class StockHoldServiceProvider implements StockHoldService {
    private final HoldStock holdStock;
    private final ReserveFromHold reserveFromHold;
    private final CloseHold closeHold;
    private final FindHold findHold;

    public StockHoldServiceProvider(HoldStock holdStock, ReserveFromHold reserveFromHold, CloseHold closeHold,
                                    FindHold findHold) {
        this.holdStock = holdStock;
        this.reserveFromHold = reserveFromHold;
        this.closeHold = closeHold;
        this.findHold = findHold;
    }

    @Override
    public HoldView hold(HoldStockRequest request) throws KaolaException {
        if (request == null) throw CommonError.INVALID_REQUEST.exception("a hold request is required");
        return toView(holdStock.hold(request.holdId(), request.warehouseCode(), request.skuCode(), request.units()));
    }

    @Override
    public ReservationView reserveFromHold(String holdId, String orderNo, int quantity) throws KaolaException {
        return toView(reserveFromHold.reserve(holdId, orderNo, quantity));
    }

    @Override
    public HoldView closeHold(String holdId) throws KaolaException {
        return toView(closeHold.close(holdId));
    }

    @Override
    public HoldView findHold(String holdId) throws KaolaException {
        return toView(findHold.find(holdId));
    }

    static HoldView toView(StockHold hold) {
        return new HoldView(hold.holdId(), hold.warehouseCode(), hold.skuCode(), hold.units(), hold.remaining(),
                hold.returned(), hold.status());
    }

    static ReservationView toView(Reservation reservation) {
        return new ReservationView(reservation.orderNo(), reservation.warehouseCode(), reservation.status(),
                reservation.lines().stream().map(l -> new ReserveStockRequest.Line(l.skuCode(), l.quantity())).toList());
    }
}
