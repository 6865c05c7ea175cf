package io.kaola.order.trade.infrastructure;

import io.kaola.order.trade.application.IdentityClient;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.VerifiedBuyer;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

/** {@link IdentityClient} over Dubbo (a read, so retried). */
@Component
public class DubboIdentityClient implements IdentityClient {
    @DubboReference(check = false, timeout = 2000, methods = {
            @Method(name = "requireVerifiedBuyer", timeout = 2000, retries = 2)})
    private IdentityService identities;

    @Override
    public VerifiedBuyer requireVerifiedBuyer(long buyerId) { return identities.requireVerifiedBuyer(buyerId); }
}
