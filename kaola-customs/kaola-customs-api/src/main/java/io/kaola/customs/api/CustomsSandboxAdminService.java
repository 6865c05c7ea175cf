package io.kaola.customs.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.rpc.CallableBy;

/** Ops control of the customs sandbox (the simulated single window; profile sandbox only). Gateway only. */
@CallableBy("kaola-gateway")
public interface CustomsSandboxAdminService {

    /**
     * Scripts how the sandbox answers the next declaration of {@code script.document()} for {@code orderNo}
     * (before or after the order exists).
     *
     * @throws KaolaException CUSTOMS_INVALID_SCRIPT (no document or action, DELAY without a positive delay);
     *         CUSTOMS_SANDBOX_DISABLED (kaola-customs runs without the sandbox profile)
     */
    void script(String orderNo, SandboxScript script) throws KaolaException;
}
