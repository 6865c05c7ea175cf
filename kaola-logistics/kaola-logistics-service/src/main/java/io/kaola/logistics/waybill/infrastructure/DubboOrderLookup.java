package io.kaola.logistics.waybill.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.logistics.waybill.application.OrderLookup;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderView;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/** {@link OrderLookup} over Dubbo (kaola-order's {@link OrderService#findByOrderNo}). */
@Component
public class DubboOrderLookup implements OrderLookup {

    @DubboReference(check = false, timeout = 3000, methods = {@Method(name = "findByOrderNo", retries = 2)})
    private OrderService orders;

    /** A Dubbo failure ({@link RpcException}) becomes COMMON_SERVICE_UNAVAILABLE. */
    @Override
    public OrderView findByOrderNo(String orderNo) {
        try {
            return orders.findByOrderNo(orderNo);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-order is unreachable, try again shortly");
        }
    }
}
