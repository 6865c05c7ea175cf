package io.kaola.order.trade.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.customs.api.CancellationResult;
import io.kaola.customs.api.CustomsCancellationService;
import io.kaola.customs.api.CustomsReturnService;
import io.kaola.customs.api.ReturnDeclarationView;
import io.kaola.customs.api.ReturnLine;
import io.kaola.order.trade.application.CustomsClient;
import org.apache.dubbo.config.annotation.DubboReference;
import org.apache.dubbo.rpc.RpcException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@link CustomsClient} over Dubbo. The cancel and the return declaration are idempotent in kaola-customs, so Dubbo retries them after a timeout;
 * an unreachable kaola-customs is COMMON_SERVICE_UNAVAILABLE (the order is left as it was: cancel again).
 */
@Component
public class DubboCustomsClient implements CustomsClient {

    @DubboReference(check = false, timeout = 5000, retries = 1)
    private CustomsCancellationService cancellations;

    @DubboReference(check = false, timeout = 5000, retries = 1)
    private CustomsReturnService returns;

    @Override
    public CancellationResult cancel(String orderNo, String reason) {
        try {
            return cancellations.cancel(orderNo, reason);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-customs is unreachable, so the order's customs"
                    + " declaration could not be cancelled; nothing was changed, try again shortly");
        }
    }

    @Override
    public ReturnDeclarationView declareReturn(String orderNo, String returnId, List<ReturnLine> lines, String reason) {
        try {
            return returns.declareReturn(orderNo, returnId, lines, reason);
        } catch (RpcException e) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("kaola-customs is unreachable, so return " + returnId
                    + " is not declared yet; approve it again shortly");
        }
    }
}
