package io.kaola.logistics.carrier.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.logistics.api.CarrierSandboxAdminService;
import io.kaola.logistics.api.CarrierScript;
import io.kaola.logistics.carrier.sandbox.SandboxScripts;
import org.apache.dubbo.config.annotation.DubboService;
import org.springframework.context.annotation.Profile;

/**
 * Dubbo provider of {@link CarrierSandboxAdminService} (gateway: ops only), exported only with the {@code sandbox}
 * profile: without it the gateway's /api/admin/sandbox/carrier/** finds no provider and answers 503.
 */
@DubboService(timeout = 3000, retries = 0)
@Profile("sandbox")
public class CarrierSandboxAdminServiceProvider implements CarrierSandboxAdminService {
    private final SandboxScripts scripts;

    public CarrierSandboxAdminServiceProvider(SandboxScripts scripts) { this.scripts = scripts; }

    @Override
    public CarrierScript script(String orderNo, CarrierScript script) throws KaolaException {
        return scripts.set(orderNo, script);
    }
}
