package io.kaola.user.quota.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.QuotaView;
import io.kaola.user.api.ReserveQuotaRequest;
import io.kaola.user.api.RestoreQuotaRequest;
import io.kaola.user.quota.application.MoveQuotaReservation;
import io.kaola.user.quota.application.ReadQuota;
import io.kaola.user.quota.application.ReserveQuota;
import io.kaola.user.quota.application.RestoreQuota;
import io.kaola.user.quota.domain.QuotaBalance;
import io.kaola.user.quota.domain.QuotaReservation;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.dubbo.config.annotation.Method;

/**
 * Dubbo provider of {@link QuotaService}. Every write is idempotent on orderNo (a restore on orderNo and
 * restoreKey); reads may be retried.
 * Writes may wait for the identity's row lock behind concurrent orders, hence 5 s.
 */
@DubboService(timeout = 5000, retries = 0, methods = {
        @Method(name = "checkForPayment", timeout = 1000, retries = 2),
        @Method(name = "getQuota", timeout = 1000, retries = 2)})
public class QuotaServiceProvider implements QuotaService {
    private final ReserveQuota reserveQuota;
    private final MoveQuotaReservation moveReservation;
    private final ReadQuota readQuota;
    private final RestoreQuota restoreQuota;

    public QuotaServiceProvider(ReserveQuota reserveQuota, MoveQuotaReservation moveReservation, ReadQuota readQuota,
                                RestoreQuota restoreQuota) {
        this.reserveQuota = reserveQuota;
        this.moveReservation = moveReservation;
        this.readQuota = readQuota;
        this.restoreQuota = restoreQuota;
    }

    @Override
    public QuotaReservationView reserve(ReserveQuotaRequest request) throws KaolaException {
        return toView(reserveQuota.reserve(request));
    }

    @Override
    public QuotaReservationView checkForPayment(long buyerId, String orderNo) throws KaolaException {
        return toView(readQuota.requireLiveReservation(buyerId, orderNo));
    }

    @Override
    public QuotaReservationView confirm(String orderNo) throws KaolaException {
        return toView(moveReservation.confirm(orderNo));
    }

    @Override
    public QuotaReservationView release(String orderNo) throws KaolaException {
        return moveReservation.release(orderNo).map(QuotaServiceProvider::toView).orElse(null);
    }

    @Override
    public QuotaReservationView restore(RestoreQuotaRequest request) throws KaolaException {
        return toView(restoreQuota.restore(request));
    }

    @Override
    public QuotaView getQuota(long buyerId, int year) throws KaolaException {
        QuotaBalance balance = readQuota.balance(buyerId, year);
        long limit = readQuota.rule().limitFen();
        return new QuotaView(year, Money.cny(limit), Money.cny(balance.usedFen()), Money.cny(balance.reservedFen()),
                Money.cny(Math.max(0, limit - balance.countedFen())));
    }

    static QuotaReservationView toView(QuotaReservation r) {
        return new QuotaReservationView(r.orderNo(), r.year(), Money.cny(r.amountFen()), r.status());
    }
}
