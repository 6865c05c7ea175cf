package io.kaola.logistics.tracking.rpc;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.logistics.api.TrackingService;
import io.kaola.logistics.api.TrackingView;
import io.kaola.logistics.tracking.application.TrackingQueries;
import org.apache.dubbo.config.annotation.DubboService;

/** {@link TrackingService} over Dubbo (a read: callers may retry). */
@DubboService(timeout = 3000, retries = 2)
public class TrackingServiceProvider implements TrackingService {
    private final TrackingQueries queries;

    public TrackingServiceProvider(TrackingQueries queries) { this.queries = queries; }

    @Override
    public TrackingView getTracking(long buyerId, String orderNo) throws KaolaException {
        if (orderNo == null || orderNo.isBlank()) throw CommonError.INVALID_REQUEST.exception("an order number is required");
        return queries.get(buyerId, orderNo);
    }
}
