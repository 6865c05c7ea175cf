package io.kaola.logistics.tracking.rpc;

import io.kaola.common.error.KaolaException;
import io.kaola.logistics.api.CarrierCallbackService;
import io.kaola.logistics.api.CarrierPush;
import io.kaola.logistics.api.CarrierPushAck;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.tracking.application.AcceptCarrierPush;
import org.apache.dubbo.config.annotation.DubboService;

/** {@link CarrierCallbackService} over Dubbo: verifies, stores and acknowledges a push ({@link AcceptCarrierPush}). */
@DubboService(timeout = 5000, retries = 0)
public class CarrierCallbackServiceProvider implements CarrierCallbackService {
    private final AcceptCarrierPush acceptCarrierPush;

    public CarrierCallbackServiceProvider(AcceptCarrierPush acceptCarrierPush) {
        this.acceptCarrierPush = acceptCarrierPush;
    }

    @Override
    public CarrierPushAck acceptPush(CarrierPush push) throws KaolaException {
        if (push == null) throw LogisticsError.MALFORMED_PUSH.exception("no push");
        return acceptCarrierPush.accept(push);
    }
}
