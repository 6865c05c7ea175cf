package io.kaola.gateway.notification;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.user.api.NotificationService;
import io.kaola.user.api.NotificationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's order notifications (one per status change of each of their orders). */
@RestController
@RequestMapping("/api/me/notifications")
@Tag(name = "Notifications", description = "The caller's order notifications")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class NotificationController {
    private final NotificationService notifications;

    public NotificationController(NotificationService notifications) { this.notifications = notifications; }

    @GetMapping
    @Operation(summary = "My order notifications, newest first",
            description = "One per status an order of mine entered (paid, declared, cleared, shipped, delivered, "
                    + "closed, rejected by customs...), in Chinese and English; delivery PENDING (the provider is "
                    + "retried) or SENT.")
    @ApiResponse(responseCode = "200", description = "{items, page, size, total}")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    public Page<NotificationView> list(Caller caller,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return notifications.listNotifications(caller.userId(), new PageRequest(page, size));
    }
}
