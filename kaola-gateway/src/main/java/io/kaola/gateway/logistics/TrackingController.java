package io.kaola.gateway.logistics;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.logistics.api.TrackingService;
import io.kaola.logistics.api.TrackingView;
import io.kaola.order.api.OrderService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shopper's view of an order's parcel: waybill, status and every event, customs milestones included. */
@RestController
@RequestMapping("/api")
@Tag(name = "Tracking", description = "Where an order's parcel is (docs/logistics.md)")
public class TrackingController {
    private final OrderService orders;
    private final TrackingService tracking;

    public TrackingController(OrderService orders, TrackingService tracking) {
        this.orders = orders;
        this.tracking = tracking;
    }

    /** Checks that the order is the caller's first (kaola-order), then asks kaola-logistics. */
    @GetMapping("/orders/{orderNo}/tracking")
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "Tracking of one of the caller's orders",
            description = "Events oldest first, each with time, place, status (DECLARED, CLEARED, CLEARANCE_FAILED, "
                    + "PACKED, OUTBOUND, COLLECTED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, EXCEPTION, RETURNED), "
                    + "source (CUSTOMS or CARRIER) and the source's code and text. status never moves backwards. "
                    + "Before the waybill exists (unpaid, or just paid) logisticsNo is null and events is empty.")
    @ApiResponse(responseCode = "200", description = "The tracking")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also another user's order)")
    public TrackingView tracking(Caller caller, @PathVariable String orderNo) {
        orders.getOrder(caller.userId(), orderNo);
        return tracking.getTracking(caller.userId(), orderNo);
    }
}
