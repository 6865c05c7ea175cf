package io.kaola.gateway.promotion;

import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.ActivityView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Anyone: the activities running now (kaola-promotion serves them from memory). Pages: {@link StorefrontController}. */
@RestController
@Tag(name = "Activities")
public class ActivityController {
    private final ActivityService activities;

    public ActivityController(ActivityService activities) { this.activities = activities; }

    @GetMapping("/api/activities")
    @Operation(summary = "Activities running now, oldest first (the order pricing applies them in)")
    @ApiResponse(responseCode = "200", description = "The activities (empty when none)")
    public List<ActivityView> running() { return activities.runningActivities(null); }
}
