package io.kaola.order.trade.infrastructure;

import io.kaola.common.money.Money;
import io.kaola.order.trade.application.QuotaClient;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.QuotaView;
import io.kaola.user.api.ReserveQuotaRequest;
import io.kaola.user.api.RestoreQuotaRequest;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@link QuotaClient} over Dubbo. reserve is a write that Dubbo never retries by itself;
 * it is idempotent on orderNo, so {@link #reserve} retries once, explicitly, after a timeout. confirm and
 * release are idempotent, so Dubbo retries them; getQuota is a read.
 */
@Component
public class DubboQuotaClient implements QuotaClient {
    private static final Logger log = LoggerFactory.getLogger(DubboQuotaClient.class);

    @DubboReference(check = false, timeout = 3000, methods = {
            @Method(name = "reserve", timeout = 3000, retries = 0),
            @Method(name = "confirm", timeout = 3000, retries = 2),
            @Method(name = "release", timeout = 3000, retries = 2),
            @Method(name = "restore", timeout = 3000, retries = 2),
            @Method(name = "getQuota", timeout = 2000, retries = 2)})
    private QuotaService quotas;

    @Override
    public QuotaReservationView reserve(ReserveQuotaRequest request) {
        try {
            return quotas.reserve(request);
        } catch (RpcException e) {
            if (!e.isTimeout()) throw e;
            log.warn("quota reserve for order {} timed out, retrying once with the same order number", request.orderNo());
            return quotas.reserve(request);
        }
    }

    @Override
    public QuotaReservationView confirm(String orderNo) { return quotas.confirm(orderNo); }

    @Override
    public QuotaReservationView release(String orderNo) { return quotas.release(orderNo); }

    /** Idempotent on (orderNo, restoreKey) in kaola-user, so Dubbo retries it. */
    @Override
    public QuotaReservationView restore(String orderNo, String restoreKey, Money amount) {
        return quotas.restore(new RestoreQuotaRequest(orderNo, restoreKey, amount));
    }

    @Override
    public QuotaView getQuota(long buyerId, int year) { return quotas.getQuota(buyerId, year); }
}
