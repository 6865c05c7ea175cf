package io.kaola.payment.charge.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.config.annotation.Method;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

/**
 * kaola-user, over Dubbo: the cross-border checks before a payment is opened (docs/cross-border.md §1, §3).
 * Both are reads, so retried.
 */
@Component
public class BuyerChecks {

    @DubboReference(check = false, timeout = 2000, methods = {
            @Method(name = "declarationIdentity", timeout = 2000, retries = 2)})
    private IdentityService identities;

    @DubboReference(check = false, timeout = 2000, methods = {
            @Method(name = "checkForPayment", timeout = 2000, retries = 2)})
    private QuotaService quotas;

    /**
     * The annual quota checked again at payment: the order's reservation must still be live.
     * @throws KaolaException USER_QUOTA_RESERVATION_NOT_FOUND (none, or released: e.g. the order was cancelled),
     *         passed through; COMMON_SERVICE_UNAVAILABLE when kaola-user cannot be reached
     */
    public QuotaReservationView checkQuotaForPayment(long buyerId, String orderNo) {
        try {
            return quotas.checkForPayment(buyerId, orderNo);
        } catch (RpcException e) {
            throw unavailable();
        }
    }

    /**
     * The buyer's full identity, for the provider's payer check only: never log or store it.
     * @throws KaolaException CROSSBORDER_BUYER_NOT_VERIFIED, passed through; COMMON_SERVICE_UNAVAILABLE
     */
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
