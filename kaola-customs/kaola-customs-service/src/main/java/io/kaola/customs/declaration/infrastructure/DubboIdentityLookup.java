package io.kaola.customs.declaration.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.customs.declaration.application.IdentityLookup;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/**
 * {@link IdentityLookup} over Dubbo: kaola-user's allow-listed {@code declarationIdentity}; kaola-user lets this call
 * through because our service-plane certificate says kaola-customs. The result is never logged.
 */
@Component
public class DubboIdentityLookup implements IdentityLookup {
    @DubboReference(check = false, timeout = 3000, retries = 2)
    private IdentityService identities;

    @Override
    public DeclarationIdentity declarationIdentity(long buyerId) {
        try {
            return identities.declarationIdentity(buyerId);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-user is unreachable, try again shortly");
        }
    }
}
