package io.kaola.order.trade.infrastructure;

import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.QuotaView;
import io.kaola.user.api.ReserveQuotaRequest;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * kaola-user's annual cross-border quota over Dubbo. reserve is a write that Dubbo never retries by itself;
 * it is idempotent on orderNo, so {@link #reserve} retries once, explicitly, after a timeout. confirm and
 * release are idempotent, so Dubbo retries them; getQuota is a read.
 */
@Component
public class QuotaClient {
    private static final Logger log = LoggerFactory.getLogger(QuotaClient.class);

    @DubboReference(check = false, timeout = 3000, methods = {
            @Method(name = "reserve", timeout = 3000, retries = 0),
            @Method(name = "confirm", timeout = 3000, retries = 2),
            @Method(name = "release", timeout = 3000, retries = 2),
            @Method(name = "getQuota", timeout = 2000, retries = 2)})
    private QuotaService quotas;

    /**
     * Reserves the order's amount in the year of its placement.
     * @throws io.kaola.common.error.KaolaException CROSSBORDER_OVER_ANNUAL_LIMIT (with its details),
     *         CROSSBORDER_BUYER_NOT_VERIFIED, passed through; nothing reserved
     */
    public QuotaReservationView reserve(ReserveQuotaRequest request) {
        try {
            return quotas.reserve(request);
        } catch (RpcException e) {
            if (!e.isTimeout()) throw e;
            log.warn("quota reserve for order {} timed out, retrying once with the same order number", request.orderNo());
            return quotas.reserve(request);
        }
    }

    /** Makes the order's reservation final (on payment); idempotent. */
    public QuotaReservationView confirm(String orderNo) { return quotas.confirm(orderNo); }

    /** Gives the order's amount back; a no-op (null) for an order without a reservation. */
    public QuotaReservationView release(String orderNo) { return quotas.release(orderNo); }

    /** @return the buyer's quota in {@code year} (calendar year) */
    public QuotaView getQuota(long buyerId, int year) { return quotas.getQuota(buyerId, year); }
}
