package io.kaola.order.standin;

import io.kaola.order.api.CartService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Component;

/** CartService as the gateway sees it: over the dubbo protocol, found in ZooKeeper, serialised. */
@Component
public class RemoteCarts {
    @DubboReference(check = false, scope = "remote", timeout = 10000)
    private CartService remoteCartService;

    public CartService get() { return remoteCartService; }
}
