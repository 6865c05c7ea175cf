package io.kaola.customs.declaration.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.customs.declaration.application.OrderLookup;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderView;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/** {@link OrderLookup} over Dubbo (kaola-order's OrderService.findByOrderNo, a read: retried twice). */
@Component
public class DubboOrderLookup implements OrderLookup {
    @DubboReference(check = false, timeout = 3000, retries = 2)
    private OrderService orders;

    @Override
    public OrderView findByOrderNo(String orderNo) {
        try {
            return orders.findByOrderNo(orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-order is unreachable, try again shortly");
        }
    }
}
