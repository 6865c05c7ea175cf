package io.kaola.payment.charge.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.payment.charge.application.BuyerChecks;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/**
 * {@link BuyerChecks} over Dubbo: kaola-user's {@link QuotaService} and {@link IdentityService}. Both are reads, so
 * retried; a Dubbo failure becomes COMMON_SERVICE_UNAVAILABLE.
 */
@Component
public class DubboBuyerChecks implements BuyerChecks {

    @DubboReference(check = false, timeout = 2000, methods = {
            @Method(name = "declarationIdentity", timeout = 2000, retries = 2)})
    private IdentityService identities;

    @DubboReference(check = false, timeout = 2000, methods = {
            @Method(name = "checkForPayment", timeout = 2000, retries = 2)})
    private QuotaService quotas;

    @Override
    public QuotaReservationView checkQuotaForPayment(long buyerId, String orderNo) {
        try {
            return quotas.checkForPayment(buyerId, orderNo);
        } catch (RpcException e) {
            throw unavailable();
        }
    }

    @Override
    public DeclarationIdentity buyerIdentity(long buyerId) {
        try {
            return identities.declarationIdentity(buyerId);
        } catch (RpcException e) {
            throw unavailable();
        }
    }

    private static KaolaException unavailable() {
        return CommonError.SERVICE_UNAVAILABLE.exception("kaola-user is unreachable, try again shortly");
    }
}
