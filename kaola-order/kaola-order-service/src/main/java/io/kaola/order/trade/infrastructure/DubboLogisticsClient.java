package io.kaola.order.trade.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.logistics.api.ReturnShipmentService;
import io.kaola.logistics.api.ReturnShipmentView;
import io.kaola.order.trade.application.LogisticsClient;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/**
 * {@link LogisticsClient} over Dubbo. Booking is idempotent on returnId in kaola-logistics, so Dubbo retries it; an
 * unreachable kaola-logistics is COMMON_SERVICE_UNAVAILABLE.
 */
@Component
public class DubboLogisticsClient implements LogisticsClient {

    @DubboReference(check = false, timeout = 5000, retries = 1)
    private ReturnShipmentService returns;

    @Override
    public ReturnShipmentView bookReturn(String returnId, String orderNo) {
        try {
            return returns.bookReturn(returnId, orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-logistics is unreachable, so the pickup of return "
                    + returnId + " is not booked yet; approve it again shortly");
        }
    }
}
