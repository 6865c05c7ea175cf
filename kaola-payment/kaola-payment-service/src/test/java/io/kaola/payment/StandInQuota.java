package io.kaola.payment;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.QuotaView;
import io.kaola.user.api.ReserveQuotaRequest;
import io.kaola.user.api.RestoreQuotaRequest;
import io.kaola.user.api.UserError;
import org.apache.dubbo.config.annotation.DubboService;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * kaola-user's QuotaService stood in for, as far as kaola-payment uses it: reservations are whatever the test
 * records with {@link #reserved} (as kaola-order would have at placement) and {@link #release}s; checkForPayment
 * passes for a RESERVED or CONFIRMED reservation of that buyer.
 */
@DubboService
public class StandInQuota implements QuotaService {
    private record Reservation(long buyerId, QuotaReservationView view) {}

    private static final Map<String, Reservation> RESERVATIONS = new ConcurrentHashMap<>();

    /** The order's quota was reserved when it was placed. */
    public static void reserved(long buyerId, String orderNo, long fen) {
        RESERVATIONS.put(orderNo, new Reservation(buyerId, new QuotaReservationView(orderNo, 2026, Money.cny(fen),
                QuotaStatus.RESERVED)));
    }

    /** The order's reservation was given back (e.g. the order was cancelled). */
    public static void releaseReservation(String orderNo) {
        RESERVATIONS.computeIfPresent(orderNo, (k, r) -> new Reservation(r.buyerId(), new QuotaReservationView(orderNo,
                r.view().year(), r.view().amount(), QuotaStatus.RELEASED)));
    }

    @Override
    public QuotaReservationView checkForPayment(long buyerId, String orderNo) throws KaolaException {
        Reservation r = RESERVATIONS.get(orderNo);
        if (r == null || r.buyerId() != buyerId || r.view().status() == QuotaStatus.RELEASED) {
            throw UserError.QUOTA_RESERVATION_NOT_FOUND.exception("no live quota reservation for order " + orderNo);
        }
        return r.view();
    }

    @Override
    public QuotaReservationView release(String orderNo) {
        releaseReservation(orderNo);
        Reservation r = RESERVATIONS.get(orderNo);
        return r == null ? null : r.view();
    }

    @Override
    public QuotaReservationView reserve(ReserveQuotaRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public QuotaReservationView confirm(String orderNo) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public QuotaReservationView restore(RestoreQuotaRequest request) { throw new UnsupportedOperationException("not part of the stand-in"); }

    @Override
    public QuotaView getQuota(long buyerId, int year) { throw new UnsupportedOperationException("not part of the stand-in"); }
}
