package io.kaola.gateway.promotion;

import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.ActivityView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Shoppers: the activities running now, and one activity (kaola-promotion serves them from memory). */
@RestController
@Tag(name = "Activities")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class ActivityController {
    private final ActivityService activities;

    public ActivityController(ActivityService activities) { this.activities = activities; }

    @GetMapping("/api/activities")
    @Operation(summary = "Activities running now, oldest first (the order pricing applies them in)")
    @ApiResponse(responseCode = "200", description = "The activities (empty when none)")
    public List<ActivityView> running() { return activities.runningActivities(null); }

    @GetMapping("/api/activities/{id}")
    @Operation(summary = "One activity: kind, tiers or percentOff, scope, window")
    @ApiResponse(responseCode = "200", description = "The activity")
    @ApiResponse(responseCode = "404", description = "PROMOTION_ACTIVITY_NOT_FOUND")
    public ActivityView activity(@PathVariable long id) { return activities.activity(id); }
}
