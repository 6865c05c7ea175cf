package io.kaola.payment.charge.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderView;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/** kaola-order, over Dubbo: the order a payment is for. */
@Component
public class OrderLookup {

    @DubboReference(check = false, timeout = 3000, methods = {@Method(name = "getOrder", retries = 2)})
    private OrderService orders;

    /**
     * @return the buyer's order
     * @throws KaolaException ORDER_NOT_FOUND (passed through from kaola-order), COMMON_SERVICE_UNAVAILABLE when
     *         kaola-order cannot be reached
     */
    public OrderView getOrder(long buyerId, String orderNo) {
        try {
            return orders.getOrder(buyerId, orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-order is unreachable, try again shortly");
        }
    }
}
