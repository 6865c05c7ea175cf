package io.kaola.gateway.promotion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.gateway.limits.EdgeLimits;
import io.kaola.gateway.problem.Problems;
import io.kaola.order.api.ShippingAddress;
import io.kaola.promotion.api.AttemptToken;
import io.kaola.promotion.api.AttemptView;
import io.kaola.promotion.api.FlashSaleAttemptRequest;
import io.kaola.promotion.api.FlashSaleService;
import io.kaola.promotion.api.FlashSaleView;
import io.kaola.promotion.api.PromotionError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Shoppers and the flash sale (秒杀, kaola-promotion; docs/promotions.md): anyone may read the current sales and one
 * sale; a signed-in shopper fetches a one-time attempt token, makes an attempt with it (admitted or refused at once;
 * the order is then created asynchronously) and polls the attempt until it is ORDERED (pay the order) or FAILED.
 * <p>
 * Anti-brushing: every token request and every attempt is counted per user and per client IP
 * ({@link EdgeLimits#acquireFlashSaleRequest}, kaola.gateway.limits.seckill-per-user / seckill-per-ip) before
 * kaola-promotion is asked. The two public reads are kept one second in this gateway's memory, so
 * that shoppers refreshing a hot sale cost kaola-promotion (and the sale's one Redis slot) about one read per second
 * per gateway; errors are never kept.
 */
@RestController
@Tag(name = "Flash sales", description = "秒杀: read the sales, fetch an attempt token, attempt, poll the attempt")
public class FlashSaleController {
    /** How long the public reads are kept in memory, seconds. */
    static final int NEAR_CACHE_SECONDS = 1;
    /** Retry-After of PROMOTION_FLASH_SALE_BUSY (the hot-SKU flow rule) when kaola-promotion names none, seconds. */
    static final int BUSY_RETRY_AFTER_SECONDS = 1;
    private static final String CURRENT = "current";

    private final FlashSaleService sales;
    private final EdgeLimits limits;
    private final Clock clock;
    private final Cache<Long, FlashSaleView> nearSales = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(NEAR_CACHE_SECONDS)).maximumSize(1_000).build();
    private final Cache<String, List<FlashSaleView>> nearCurrent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(NEAR_CACHE_SECONDS)).maximumSize(1).build();

    /**
     * @param sales  kaola-promotion's flash sales
     * @param limits the anti-brushing rate limits
     * @param clock  the gateway's clock (what "current" means)
     */
    public FlashSaleController(FlashSaleService sales, EdgeLimits limits, Clock clock) {
        this.sales = sales;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * An attempt: the token of POST /api/flash-sales/{id}/tokens and where the order ships.
     *
     * @param token     the one-time attempt token (32 hex characters)
     * @param address   where the parcel goes; absent with addressId
     * @param addressId an entry of the caller's address book (GET /api/me/addresses) instead of address
     */
    public record AttemptBody(String token, ShippingAddress address, Long addressId) {}

    @GetMapping("/api/flash-sales")
    @Operation(summary = "Flash sales not ended now (upcoming and on sale), soonest start first",
            description = "phase is UPCOMING, ON_SALE, SOLD_OUT or ENDED; unitsLeft may be up to 1 s old (-1: not known). "
                    + "Money is {minor, currency} in CNY.")
    @ApiResponse(responseCode = "200", description = "The sales (empty when none)")
    public List<FlashSaleView> current() {
        List<FlashSaleView> kept = nearCurrent.getIfPresent(CURRENT);
        if (kept != null) return kept;
        List<FlashSaleView> loaded = sales.currentFlashSales(Instant.now(clock));
        List<FlashSaleView> current = loaded == null ? List.of() : List.copyOf(loaded);
        nearCurrent.put(CURRENT, current);
        return current;
    }

    @GetMapping("/api/flash-sales/{id}")
    @Operation(summary = "One flash sale: SKU, flash price, units, per-user limit, window, phase and units left",
            description = "unitsLeft may be up to 1 s old (-1: not known).")
    @ApiResponse(responseCode = "200", description = "The sale")
    @ApiResponse(responseCode = "404", description = "PROMOTION_FLASH_SALE_NOT_FOUND")
    public FlashSaleView sale(@PathVariable long id) {
        FlashSaleView kept = nearSales.getIfPresent(id);
        if (kept != null) return kept;
        FlashSaleView sale = sales.flashSale(id);
        if (sale != null) nearSales.put(id, sale);
        return sale;
    }

    @PostMapping("/api/flash-sales/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "A one-time attempt token for the caller and this sale",
            description = "Handed out shortly before the start until the end; valid until expiresAt, for one attempt. "
                    + "A new token replaces the previous one. Counted against the anti-brushing limits "
                    + "(kaola.gateway.limits.seckill-per-user, 20 per 10 s, and seckill-per-ip, 600 per 10 s, token "
                    + "requests and attempts together).")
    @ApiResponse(responseCode = "201", description = "{token, expiresAt}")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "PROMOTION_FLASH_SALE_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PROMOTION_FLASH_SALE_NOT_STARTED (too early), PROMOTION_FLASH_SALE_ENDED")
    @ApiResponse(responseCode = "429", description = "COMMON_RATE_LIMITED (limit seckill-user or seckill-ip), with Retry-After (seconds)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (kaola-promotion or the rate limiter did not answer)")
    public AttemptToken token(Caller caller, @PathVariable long id, HttpServletRequest http) {
        limits.acquireFlashSaleRequest(caller.userId(), http.getRemoteAddr());
        return sales.issueToken(id, caller.userId());
    }

    @PostMapping("/api/flash-sales/{id}/attempts")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "Attempt to buy one unit of the sale with a token",
            description = "Window, token, per-user limit and a unit are checked and taken in one step: a refusal is "
                    + "answered at once; an admitted attempt is QUEUED and its order (at the flash price, shipped to "
                    + "address or addressId) is created asynchronously: poll GET /api/flash-sales/attempts/{attemptId}. "
                    + "Each attempt needs a fresh token. Counted against the anti-brushing limits like a token request.")
    @ApiResponse(responseCode = "202", description = "{attemptId, saleId, status: QUEUED, orderNo: null, reason: null}")
    @ApiResponse(responseCode = "400", description = "PROMOTION_INVALID_FLASH_SALE (no address), COMMON_INVALID_REQUEST (unreadable body)")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "PROMOTION_FLASH_SALE_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PROMOTION_FLASH_SALE_NOT_STARTED, PROMOTION_FLASH_SALE_ENDED, "
            + "PROMOTION_FLASH_SALE_BAD_TOKEN (missing, expired or used: fetch a new one), "
            + "PROMOTION_FLASH_SALE_LIMIT_REACHED, PROMOTION_FLASH_SALE_SOLD_OUT (units may come back: try again later)")
    @ApiResponse(responseCode = "429", description = "COMMON_RATE_LIMITED (limit seckill-user or seckill-ip), "
            + "PROMOTION_FLASH_SALE_BUSY (hot SKU: try again in a second); both with Retry-After (seconds)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (kaola-promotion, its order queue or "
            + "the rate limiter did not answer)")
    public AttemptView attempt(Caller caller, @PathVariable long id, @RequestBody AttemptBody body,
                               HttpServletRequest http) {
        if (body == null) throw CommonError.INVALID_REQUEST.exception("an attempt body is required");
        limits.acquireFlashSaleRequest(caller.userId(), http.getRemoteAddr());
        try {
            return sales.attempt(new FlashSaleAttemptRequest(id, caller.userId(), body.token(), body.address(),
                    body.addressId()));
        } catch (KaolaException e) {
            throw withBusyRetryAfter(e);
        }
    }

    @GetMapping("/api/flash-sales/attempts/{attemptId}")
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "One of the caller's attempts",
            description = "QUEUED (the order is being created), ORDERED (orderNo: pay it at POST /api/orders/{orderNo}/payments) "
                    + "or FAILED (reason: the order's refusal code, e.g. CROSSBORDER_OVER_ANNUAL_LIMIT; the unit went back).")
    @ApiResponse(responseCode = "200", description = "{attemptId, saleId, status, orderNo, reason}")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "PROMOTION_ATTEMPT_NOT_FOUND (also another shopper's attempt)")
    public AttemptView attemptStatus(Caller caller, @PathVariable String attemptId) {
        return sales.attemptStatus(caller.userId(), attemptId);
    }

    /**
     * PROMOTION_FLASH_SALE_BUSY says "try again in a second": give it that Retry-After (and member
     * retryAfterSeconds, as COMMON_RATE_LIMITED has) unless kaola-promotion named one itself.
     */
    static KaolaException withBusyRetryAfter(KaolaException e) {
        if (e.is(PromotionError.FLASH_SALE_BUSY) && !e.details().containsKey(Problems.RETRY_AFTER_SECONDS)) {
            e.with(Problems.RETRY_AFTER_SECONDS, BUSY_RETRY_AFTER_SECONDS);
        }
        return e;
    }
}
