package io.kaola.order.standin;

import io.kaola.order.api.OrderService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Component;

/** OrderService as a consumer in another JVM sees it: over the dubbo protocol, found in ZooKeeper, serialised. */
@Component
public class RemoteOrders {
    @DubboReference(check = false, scope = "remote", timeout = 10000)
    private OrderService remoteOrderService;

    public OrderService get() { return remoteOrderService; }
}
