package io.kaola.gateway.admin;

import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ops: any buyer's order by its number. */
@RestController
@RequestMapping("/api/admin/orders")
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class OrderLookupController {
    private final OrderService orders;

    public OrderLookupController(OrderService orders) { this.orders = orders; }

    @GetMapping("/{orderNo}")
    @Operation(summary = "Any order by its number")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    public OrderView get(@PathVariable String orderNo) {
        return orders.findByOrderNo(orderNo);
    }
}
