package io.kaola.gateway.promotion;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.promotion.api.CouponTemplateService;
import io.kaola.promotion.api.CouponTemplateView;
import io.kaola.promotion.api.CouponView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Shoppers: the coupons they may claim, claiming one, and their own coupons (kaola-promotion). */
@RestController
@Tag(name = "Coupons", description = "Claim coupons; use one with POST /api/orders or POST /api/price/trial {couponId}")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class CouponController {
    private final CouponTemplateService templates;

    public CouponController(CouponTemplateService templates) { this.templates = templates; }

    @GetMapping("/api/coupon-templates")
    @Operation(summary = "Coupon templates the caller may claim now",
            description = "Claimable, not exhausted, validity not over; newest first. issuedCount of totalCount shows what is left.")
    @ApiResponse(responseCode = "200", description = "The templates (empty when none)")
    public List<CouponTemplateView> claimable() { return templates.claimableTemplates(null); }

    @PostMapping("/api/coupon-templates/{id}/claim")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Claim one coupon of a template",
            description = "The total count and the per-user limit hold under any concurrency (docs/promotions.md).")
    @ApiResponse(responseCode = "201", description = "The new coupon, UNUSED; its id is the couponId checkout takes")
    @ApiResponse(responseCode = "404", description = "PROMOTION_TEMPLATE_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PROMOTION_TEMPLATE_NOT_CLAIMABLE, PROMOTION_TEMPLATE_EXHAUSTED, PROMOTION_CLAIM_LIMIT_REACHED")
    public CouponView claim(Caller caller, @PathVariable long id) { return templates.claim(caller.userId(), id, null); }

    @GetMapping("/api/me/coupons")
    @Operation(summary = "The caller's coupons, every status, newest first",
            description = "UNUSED, LOCKED (by orderNo), USED (by orderNo) or EXPIRED (a lapsed unused coupon shows EXPIRED).")
    @ApiResponse(responseCode = "200", description = "The coupons (empty when none)")
    public List<CouponView> mine(Caller caller) { return templates.coupons(caller.userId(), null); }
}
