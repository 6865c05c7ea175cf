package io.kaola.gateway.promotion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kaola.common.error.CommonError;
import io.kaola.promotion.api.ActivityPage;
import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.ActivityView;
import io.kaola.promotion.api.HomePage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The pre-built storefront pages (缓存静态化): kaola-promotion writes each page as JSON under
 * {@link HomePage#REPLICAS} Redis keys on different cluster slots; the gateway reads one replica at random and keeps
 * it for one second in memory, so a hot page is neither assembled per request nor read from one Redis shard alone.
 */
@RestController
@Tag(name = "Storefront")
public class StorefrontController {
    private static final Duration NEAR_CACHE = Duration.ofSeconds(1);

    private final RedissonClient redisson;
    private final ActivityService activities;
    private final ObjectMapper json;
    private final Cache<String, String> near = Caffeine.newBuilder().expireAfterWrite(NEAR_CACHE).maximumSize(1_000).build();

    public StorefrontController(RedissonClient redisson, ActivityService activities, ObjectMapper json) {
        this.redisson = redisson;
        this.activities = activities;
        this.json = json;
    }

    @GetMapping(value = "/api/home", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The home page: top-level categories, featured products (CNY price, stock), running activities",
            description = "Pre-built by kaola-promotion when an activity or a product changes (and every 5 minutes); builtAt says when.")
    @ApiResponse(responseCode = "200", description = "The page", content = @Content(schema = @Schema(implementation = HomePage.class)))
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE: not built yet (kaola-promotion is starting)")
    public String home() {
        String page = replica(HomePage.key(ThreadLocalRandom.current().nextInt(HomePage.REPLICAS)));
        if (page == null) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("the home page is not built yet; try again in a few seconds");
        }
        return page;
    }

    @GetMapping(value = "/api/activities/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An activity's page: the activity (kind, tiers or percentOff, scope, window) and whether it runs now",
            description = "Pre-built by kaola-promotion when the activity is created, starts or ends. A page not built yet "
                    + "(the moment after creation) is read from kaola-promotion once.")
    @ApiResponse(responseCode = "200", description = "The page", content = @Content(schema = @Schema(implementation = ActivityPage.class)))
    @ApiResponse(responseCode = "404", description = "PROMOTION_ACTIVITY_NOT_FOUND")
    public String activity(@PathVariable long id) throws JsonProcessingException {
        String page = replica(HomePage.activityKey(id, ThreadLocalRandom.current().nextInt(HomePage.REPLICAS)));
        if (page != null) return page;
        ActivityView activity = activities.activity(id);
        Instant now = Instant.now();
        return json.writeValueAsString(new ActivityPage(activity, activity.runningAt(now), now));
    }

    private String replica(String key) {
        return near.get(key, k -> redisson.<String>getBucket(k, StringCodec.INSTANCE).get());
    }
}
