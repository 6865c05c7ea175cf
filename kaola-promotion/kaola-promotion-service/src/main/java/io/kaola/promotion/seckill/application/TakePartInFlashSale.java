package io.kaola.promotion.seckill.application;

import io.kaola.promotion.seckill.domain.SeckillAttemptAdmitted;

import io.kaola.common.address.AddressRules;
import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.promotion.api.AttemptStatus;
import io.kaola.promotion.api.AttemptToken;
import io.kaola.promotion.api.AttemptView;
import io.kaola.promotion.api.FlashSaleAttemptRequest;
import io.kaola.promotion.api.PromotionError;
import io.kaola.promotion.seckill.domain.Admission;
import io.kaola.promotion.seckill.domain.AttemptId;
import io.kaola.promotion.seckill.domain.AttemptRecord;
import io.kaola.promotion.seckill.domain.FlashSale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * A shopper's part in a flash sale: a one-time token fetched shortly before, then one attempt per token, decided by
 * one Redis script (window, token, per-user limit, a unit — all checked and taken at once), then the order created
 * asynchronously ({@link SeckillAttemptAdmitted} → {@link PlaceFlashSaleOrder}); the shopper polls the attempt.
 * Rejections answer from Redis alone, without touching the database. An inline address is checked
 * before admission (AddressRules, as checkout does), so a bad one takes no unit. docs/promotions.md §flash sale.
 */
@Service
public class TakePartInFlashSale {
    private static final Logger log = LoggerFactory.getLogger(TakePartInFlashSale.class);

    private final ManageFlashSales sales;
    private final SeckillGate gate;
    private final AttemptPublisher publisher;
    private final HotSkuGuard hotSku;
    private final Clock clock;
    private final Duration tokenTtl;
    private final Duration tokenLead;

    public TakePartInFlashSale(ManageFlashSales sales, SeckillGate gate, AttemptPublisher publisher, HotSkuGuard hotSku,
                               Clock clock,
                               @Value("${kaola.promotion.seckill.token-ttl:2m}") Duration tokenTtl,
                               @Value("${kaola.promotion.seckill.token-lead:5m}") Duration tokenLead) {
        this.sales = sales;
        this.gate = gate;
        this.publisher = publisher;
        this.hotSku = hotSku;
        this.clock = clock;
        this.tokenTtl = tokenTtl;
        this.tokenLead = tokenLead;
    }

    /**
     * @return a one-time token valid for {@code token-ttl}
     * @throws KaolaException PROMOTION_FLASH_SALE_NOT_FOUND, PROMOTION_FLASH_SALE_NOT_STARTED (more than
     *         {@code token-lead} before the start), PROMOTION_FLASH_SALE_ENDED
     */
    public AttemptToken issueToken(long saleId, long userId) {
        FlashSale sale = sales.cached(saleId);
        Instant now = clock.instant();
        if (sale.endedAt(now)) throw PromotionError.FLASH_SALE_ENDED.exception("flash sale " + saleId + " is over");
        if (now.isBefore(sale.startsAt().minus(tokenLead))) {
            throw PromotionError.FLASH_SALE_NOT_STARTED.exception("flash sale " + saleId + " starts at "
                    + sale.startsAt() + "; tokens are handed out from " + tokenLead.toMinutes() + " minutes before");
        }
        String token = gate.issueToken(saleId, userId, tokenTtl);
        return new AttemptToken(token, now.plus(tokenTtl));
    }

    /**
     * @return the attempt, QUEUED
     * @throws KaolaException see {@link io.kaola.promotion.api.FlashSaleService#attempt}
     */
    public AttemptView attempt(FlashSaleAttemptRequest request) {
        if (request.address() == null && request.addressId() == null) {
            throw PromotionError.INVALID_FLASH_SALE.exception("address or addressId is required");
        }
        if (request.address() != null && request.addressId() != null) {
            throw PromotionError.INVALID_FLASH_SALE.exception("send either address or addressId, not both");
        }
        if (request.address() != null) {
            var a = request.address();
            List<String> problems = AddressRules.problems("address.", a.consignee(), a.phone(), a.province(), a.city(),
                    a.district(), a.detail());
            if (!problems.isEmpty()) throw PromotionError.INVALID_FLASH_SALE.exception(String.join("; ", problems));
        }
        FlashSale sale = sales.cached(request.saleId());
        String attemptId = AttemptId.next(sale.id());
        SeckillAttemptAdmitted message = new SeckillAttemptAdmitted(attemptId, sale.id(), request.userId(),
                request.address(), request.addressId());
        Admission admission = hotSku.call(sale.skuCode(), () -> gate.admit(sale.id(), request.userId(), request.token(),
                attemptId, publisher.encode(message), clock.instant()));
        if (!admission.admitted()) throw refusal(admission, sale);
        try {
            publisher.send(message);
        } catch (RuntimeException e) {
            gate.giveBack(sale.id(), attemptId, CommonError.SERVICE_UNAVAILABLE.code());
            log.warn("flash sale {}: admitted attempt not queued, unit given back: {}", sale.id(), e.toString());
            throw CommonError.SERVICE_UNAVAILABLE.exception("the order queue did not answer; your unit was given back, "
                    + "fetch a new token and try again");
        }
        return new AttemptView(attemptId, sale.id(), AttemptStatus.QUEUED, null, null);
    }

    /**
     * @return the shopper's attempt
     * @throws KaolaException PROMOTION_ATTEMPT_NOT_FOUND (unknown, malformed, or another shopper's)
     */
    public AttemptView status(long userId, String attemptId) {
        OptionalLong saleId = AttemptId.saleOf(attemptId);
        AttemptRecord record = saleId.isPresent() ? gate.attempt(saleId.getAsLong(), attemptId) : null;
        if (record == null || record.userId() != userId) {
            throw PromotionError.ATTEMPT_NOT_FOUND.exception("no attempt " + attemptId + " of yours");
        }
        return switch (record.status()) {
            case QUEUED -> new AttemptView(attemptId, saleId.getAsLong(), AttemptStatus.QUEUED, null, null);
            case ORDERED -> new AttemptView(attemptId, saleId.getAsLong(), AttemptStatus.ORDERED, record.detail(), null);
            case FAILED -> new AttemptView(attemptId, saleId.getAsLong(), AttemptStatus.FAILED, null, record.detail());
        };
    }

    private static KaolaException refusal(Admission admission, FlashSale sale) {
        String id = "flash sale " + sale.id();
        return switch (admission) {
            case UNKNOWN_SALE, NOT_STARTED -> PromotionError.FLASH_SALE_NOT_STARTED.exception(id + " starts at "
                    + sale.startsAt());
            case ENDED -> PromotionError.FLASH_SALE_ENDED.exception(id + " is over");
            case BAD_TOKEN -> PromotionError.FLASH_SALE_BAD_TOKEN.exception("no valid attempt token for " + id
                    + ": fetch one (POST /api/flash-sales/" + sale.id() + "/tokens); each admits one attempt");
            case LIMIT_REACHED -> PromotionError.FLASH_SALE_LIMIT_REACHED.exception("you already took "
                    + sale.perUserLimit() + " of " + id);
            case SOLD_OUT -> PromotionError.FLASH_SALE_SOLD_OUT.exception(id + " is sold out");
            case ADMITTED -> throw new IllegalStateException("admitted is not a refusal");
        };
    }
}
