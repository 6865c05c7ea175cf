package io.kaola.customs.declaration.rpc;

import io.kaola.customs.api.CancellationResult;
import io.kaola.customs.api.CustomsCancellationService;
import io.kaola.customs.declaration.application.CancelDeclaration;
import org.apache.dubbo.config.annotation.DubboService;

/**
 * Cancellation of a declaration for kaola-order ({@code @CallableBy("kaola-order")} on the interface). Timeout 10 s
 * (it may build, sign and send a CEB623 and publish CANCELLED); no retries: the call is idempotent, but whether to
 * repeat it is the caller's decision.
 */
@DubboService(timeout = 10_000, retries = 0)
public class CustomsCancellationServiceProvider implements CustomsCancellationService {
    private final CancelDeclaration cancel;

    public CustomsCancellationServiceProvider(CancelDeclaration cancel) { this.cancel = cancel; }

    @Override
    public CancellationResult cancel(String orderNo, String reason) { return cancel.cancel(orderNo, reason); }
}
