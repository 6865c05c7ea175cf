package io.kaola.customs.declaration.rpc;

import io.kaola.customs.api.CustomsReturnService;
import io.kaola.customs.api.ReturnDeclarationView;
import io.kaola.customs.api.ReturnLine;
import io.kaola.customs.declaration.application.DeclareReturn;
import org.apache.dubbo.config.annotation.DubboService;

import java.util.List;

/**
 * Return declarations (CEB625) for kaola-order ({@code @CallableBy("kaola-order")} on the interface). Timeout 10 s
 * (it builds, signs and sends a CEB625, or publishes the outcome again); no retries: the call is idempotent on
 * returnId, but whether to repeat it is the caller's decision.
 */
@DubboService(timeout = 10_000, retries = 0)
public class CustomsReturnServiceProvider implements CustomsReturnService {
    private final DeclareReturn declare;

    public CustomsReturnServiceProvider(DeclareReturn declare) { this.declare = declare; }

    @Override
    public ReturnDeclarationView declareReturn(String orderNo, String returnId, List<ReturnLine> lines, String reason) {
        return declare.declare(orderNo, returnId, lines, reason);
    }
}
