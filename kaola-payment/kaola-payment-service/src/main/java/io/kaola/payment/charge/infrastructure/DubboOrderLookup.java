package io.kaola.payment.charge.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderView;
import io.kaola.payment.charge.application.OrderLookup;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/** {@link OrderLookup} over Dubbo: the order a payment is for, from kaola-order's {@link OrderService}. */
@Component
public class DubboOrderLookup implements OrderLookup {

    @DubboReference(check = false, timeout = 3000, methods = {@Method(name = "getOrder", retries = 2),
            @Method(name = "findByOrderNo", retries = 2)})
    private OrderService orders;

    /** A Dubbo failure ({@link RpcException}) becomes COMMON_SERVICE_UNAVAILABLE ({@link KaolaException}). */
    @Override
    public OrderView getOrder(long buyerId, String orderNo) {
        try {
            return orders.getOrder(buyerId, orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-order is unreachable, try again shortly");
        }
    }

    /** A Dubbo failure ({@link RpcException}) becomes COMMON_SERVICE_UNAVAILABLE ({@link KaolaException}). */
    @Override
    public OrderView findByOrderNo(String orderNo) {
        try {
            return orders.findByOrderNo(orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-order is unreachable, try again shortly");
        }
    }
}
