package io.kaola.logistics;

import io.kaola.logistics.api.CarrierCallbackService;
import io.kaola.logistics.api.CarrierSandboxAdminService;
import io.kaola.logistics.api.TrackingService;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Component;

/** The tests' way in: the logistics services over a real Dubbo connection, as the gateway calls them. */
@Component
public class RemoteLogistics {
    @DubboReference(check = false, scope = "remote", timeout = 10_000)
    private TrackingService tracking;
    @DubboReference(check = false, scope = "remote", timeout = 10_000)
    private CarrierCallbackService callbacks;
    @DubboReference(check = false, scope = "remote", timeout = 10_000)
    private CarrierSandboxAdminService sandbox;

    public TrackingService tracking() { return tracking; }

    public CarrierCallbackService callbacks() { return callbacks; }

    public CarrierSandboxAdminService sandbox() { return sandbox; }
}
