package io.kaola.gateway.order;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.order.api.ReturnRequest;
import io.kaola.order.api.ReturnService;
import io.kaola.order.api.ReturnView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The caller's returns after delivery (docs/after-sales.md#returns). */
@RestController
@RequestMapping("/api/orders/{orderNo}/returns")
@Tag(name = "Orders")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class ReturnController {
    private final ReturnService returns;

    public ReturnController(ReturnService returns) { this.returns = returns; }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask to return units of one of the caller's delivered orders",
            description = "Body {lines: [{skuCode, quantity}], reason}. Ops approve or refuse; once approved, the return "
                    + "is declared to customs (CEB625) and the carrier collects the parcel; when it is back the units "
                    + "are refunded: goods, their share of shipping and, within the customs windows (filed within 30 "
                    + "days of release, back within 45), their tax, with the annual quota restored by their dutiable "
                    + "value.")
    @ApiResponse(responseCode = "201", description = "{returnId, status: REQUESTED, lines, ...}")
    @ApiResponse(responseCode = "400", description = "ORDER_INVALID_RETURN (no lines, an SKU not on the order or twice, "
            + "more units than are left to return, no reason)")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also for another user's order)")
    @ApiResponse(responseCode = "409", description = "ORDER_NOT_RETURNABLE (not delivered, or past the return period)")
    public ReturnView request(Caller caller, @PathVariable String orderNo, @RequestBody ReturnRequest body) {
        return returns.requestReturn(caller.userId(), orderNo, body);
    }

    @GetMapping
    @Operation(summary = "The caller's returns of one order, oldest first")
    @ApiResponse(responseCode = "200", description = "[{returnId, status, lines, refund, withinWindows, ...}]")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND (also for another user's order)")
    public List<ReturnView> list(Caller caller, @PathVariable String orderNo) {
        return returns.returnsOf(caller.userId(), orderNo);
    }
}
