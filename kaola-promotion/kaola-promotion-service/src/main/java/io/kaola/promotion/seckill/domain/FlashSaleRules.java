package io.kaola.promotion.seckill.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.promotion.api.CreateFlashSaleRequest;
import io.kaola.promotion.api.PromotionError;

import java.time.Duration;
import java.time.Instant;

/** What a flash sale must be before anything is written or held (docs/promotions.md §flash sale). */
public final class FlashSaleRules {
    /** Most units one sale sets aside. */
    public static final int MAX_UNITS = 100_000;
    /** Highest per-user limit. */
    public static final int MAX_PER_USER = 10;
    /** Longest window. */
    public static final Duration MAX_WINDOW = Duration.ofDays(7);
    /** Longest name. */
    public static final int MAX_NAME = 64;

    private FlashSaleRules() {}

    /**
     * @param request the ops request
     * @param now     the moment of creation
     * @return the sale to write (id 0, PENDING)
     * @throws KaolaException PROMOTION_INVALID_FLASH_SALE naming the field
     */
    public static FlashSale validate(CreateFlashSaleRequest request, Instant now) {
        if (request == null) throw invalid("a flash sale is required");
        String name = request.name() == null || request.name().isBlank() ? "Flash sale" : request.name().strip();
        if (name.length() > MAX_NAME) throw invalid("name must be at most " + MAX_NAME + " characters");
        if (request.skuCode() == null || request.skuCode().isBlank() || request.skuCode().length() > 64) {
            throw invalid("skuCode is required (at most 64 characters)");
        }
        Money price = request.price();
        if (price == null || !Money.CNY.equals(price.currency()) || price.minor() <= 0) {
            throw invalid("price must be a positive CNY amount, e.g. {\"minor\": 9900, \"currency\": \"CNY\"}");
        }
        if (request.units() < 1 || request.units() > MAX_UNITS) throw invalid("units must be 1.." + MAX_UNITS);
        if (request.perUserLimit() < 1 || request.perUserLimit() > MAX_PER_USER) {
            throw invalid("perUserLimit must be 1.." + MAX_PER_USER);
        }
        if (request.startsAt() == null || request.endsAt() == null) throw invalid("startsAt and endsAt are required");
        if (!request.endsAt().isAfter(request.startsAt())) throw invalid("endsAt must be after startsAt");
        if (!request.endsAt().isAfter(now)) throw invalid("endsAt must be in the future");
        if (Duration.between(request.startsAt(), request.endsAt()).compareTo(MAX_WINDOW) > 0) {
            throw invalid("a flash sale lasts at most " + MAX_WINDOW.toDays() + " days (endsAt - startsAt)");
        }
        return new FlashSale(0, name, request.skuCode().strip(), price, request.units(), request.perUserLimit(),
                request.startsAt(), request.endsAt(), FlashSaleStatus.PENDING, 0, now);
    }

    private static KaolaException invalid(String message) { return PromotionError.INVALID_FLASH_SALE.exception(message); }
}
