package io.kaola.gateway.promotion;

import io.kaola.common.error.CommonError;
import io.kaola.common.money.Money;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.promotion.api.ActivityKind;
import io.kaola.promotion.api.ActivityService;
import io.kaola.promotion.api.ActivityView;
import io.kaola.promotion.api.CouponKind;
import io.kaola.promotion.api.CouponTemplateService;
import io.kaola.promotion.api.CouponTemplateView;
import io.kaola.promotion.api.CreateActivityRequest;
import io.kaola.promotion.api.CreateCouponTemplateRequest;
import io.kaola.promotion.api.GrantRequest;
import io.kaola.promotion.api.GrantView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Ops: coupon templates, bulk grants and activities (kaola-promotion). Money is {minor, currency} in CNY. */
@RestController
@Tag(name = "Admin")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class PromotionAdminController {
    private final CouponTemplateService templates;
    private final ActivityService activities;

    public PromotionAdminController(CouponTemplateService templates, ActivityService activities) {
        this.templates = templates;
        this.activities = activities;
    }

    /**
     * A coupon template (docs/promotions.md, "Coupons").
     *
     * @param claimable true (default): shoppers claim it; false: ops grant it only
     */
    public record TemplateBody(String name, CouponKind kind, Money amountOff, Integer percentOff, Money cap,
                               Money threshold, Integer totalCount, Integer perUserLimit, Instant validFrom,
                               Instant validTo, Integer validDays, ScopeBody scope, Boolean claimable) {}

    /** @param grantId idempotency key (or the Idempotency-Key header); @param userIds 1–10,000 users */
    public record GrantBody(String grantId, List<Long> userIds) {}

    /** A full-reduction tier: reach {@code threshold}, take {@code amountOff} off. */
    public record TierBody(Money threshold, Money amountOff) {}

    /** An activity: FULL_REDUCTION with tiers, or DISCOUNT with percentOff, over a scope, for a window. */
    public record ActivityBody(String name, ActivityKind kind, Integer percentOff, List<TierBody> tiers, ScopeBody scope,
                               Instant startsAt, Instant endsAt) {}

    @PostMapping("/api/admin/coupon-templates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a coupon template",
            description = "AMOUNT_OFF (amountOff) or PERCENT_OFF (percentOff 1–99, optional cap); optional threshold; "
                    + "totalCount, perUserLimit; validTo (fixed end) or validDays (after claim); scope by spuIds or "
                    + "categoryKeys (absent: everything); claimable (default true) or granted by ops only.")
    @ApiResponse(responseCode = "201", description = "The template, with its id")
    @ApiResponse(responseCode = "400", description = "PROMOTION_INVALID_TEMPLATE naming the field")
    public CouponTemplateView createTemplate(@RequestBody TemplateBody body) {
        if (body == null) throw CommonError.INVALID_REQUEST.exception("a template body is required");
        return templates.createTemplate(new CreateCouponTemplateRequest(body.name(), body.kind(), body.amountOff(),
                orZero(body.percentOff()), body.cap(), body.threshold(), orZero(body.totalCount()),
                orZero(body.perUserLimit()), body.validFrom(), body.validTo(), body.validDays(),
                ScopeBody.toScope(body.scope()), body.claimable() == null || body.claimable()));
    }

    @PostMapping("/api/admin/coupon-templates/{id}/grants")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Issue a template to a list of users (bulk grant), asynchronously",
            description = "Each user gets at most one coupon from the grant, through RocketMQ; the same grantId "
                    + "with the same users answers the first grant. Follow it with GET /api/admin/coupon-grants/{grantId}.")
    @ApiResponse(responseCode = "202", description = "The grant's progress (requested, issued, refused, pending, done)")
    @ApiResponse(responseCode = "400", description = "PROMOTION_INVALID_GRANT")
    @ApiResponse(responseCode = "404", description = "PROMOTION_TEMPLATE_NOT_FOUND")
    public GrantView grant(@PathVariable long id, @RequestBody GrantBody body,
                           @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (body == null) throw CommonError.INVALID_REQUEST.exception("a grant body is required");
        String grantId = body.grantId() != null ? body.grantId() : idempotencyKey;
        return templates.grant(new GrantRequest(grantId, id, body.userIds()));
    }

    @GetMapping("/api/admin/coupon-grants/{grantId}")
    @Operation(summary = "A bulk grant's progress")
    @ApiResponse(responseCode = "200", description = "requested = issued + refused + pending")
    @ApiResponse(responseCode = "404", description = "PROMOTION_GRANT_NOT_FOUND")
    public GrantView grantProgress(@PathVariable String grantId) { return templates.grantProgress(grantId); }

    @PostMapping("/api/admin/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an activity: full reduction (满减 tiers) or discount (限时折扣) over a scope",
            description = "Which combine with which: docs/promotions.md (\"Combination rule\").")
    @ApiResponse(responseCode = "201", description = "The activity, with its id")
    @ApiResponse(responseCode = "400", description = "PROMOTION_INVALID_ACTIVITY naming the field")
    public ActivityView createActivity(@RequestBody ActivityBody body) {
        if (body == null) throw CommonError.INVALID_REQUEST.exception("an activity body is required");
        List<PromotionOffer.Tier> tiers = body.tiers() == null ? List.of()
                : body.tiers().stream().map(t -> t == null ? null : new PromotionOffer.Tier(t.threshold(), t.amountOff())).toList();
        return activities.createActivity(new CreateActivityRequest(body.name(), body.kind(), orZero(body.percentOff()),
                tiers, ScopeBody.toScope(body.scope()), body.startsAt(), body.endsAt()));
    }

    private static int orZero(Integer value) { return value == null ? 0 : value; }
}
