package io.kaola.order.trade.infrastructure;

import io.kaola.user.api.IdentityService;
import io.kaola.user.api.VerifiedBuyer;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.springframework.stereotype.Component;

/** kaola-user's real-name identities over Dubbo (a read, so retried). */
@Component
public class IdentityClient {
    @DubboReference(check = false, timeout = 2000, methods = {
            @Method(name = "requireVerifiedBuyer", timeout = 2000, retries = 2)})
    private IdentityService identities;

    /**
     * @return the buyer's verified identity: name, masked number, identity key (never the full number)
     * @throws io.kaola.common.error.KaolaException CROSSBORDER_BUYER_NOT_VERIFIED, passed through
     */
    public VerifiedBuyer requireVerifiedBuyer(long buyerId) { return identities.requireVerifiedBuyer(buyerId); }
}
