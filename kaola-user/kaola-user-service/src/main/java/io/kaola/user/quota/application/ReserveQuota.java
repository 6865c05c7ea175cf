package io.kaola.user.quota.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.ReserveQuotaRequest;
import io.kaola.user.identity.application.BuyerIdentities;
import io.kaola.user.identity.domain.VerifiedIdentity;
import io.kaola.user.quota.domain.AnnualQuota;
import io.kaola.user.quota.domain.QuotaBalance;
import io.kaola.user.quota.domain.QuotaRepository;
import io.kaola.user.quota.domain.QuotaReservation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.kaola.user.quota.domain.AnnualQuota.cny;

/**
 * Reserves an order's amount of its buyer's annual quota. Race-safe: the identity's row for the year is locked
 * (SELECT ... FOR UPDATE) in the transaction that checks the limit, raises the reserved amount and inserts the
 * reservation, so concurrent orders of one identity (from any of its accounts) are checked one after another.
 */
@Service
public class ReserveQuota {
    public static final int MAX_ORDER_NO_LENGTH = 64;

    private final BuyerIdentities buyers;
    private final QuotaRepository quotas;
    private final AnnualQuota rule;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ReserveQuota(BuyerIdentities buyers, QuotaRepository quotas, AnnualQuota rule, TransactionTemplate tx, Clock clock) {
        this.buyers = buyers;
        this.quotas = quotas;
        this.rule = rule;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param request buyerId, orderNo (1..64 characters), dutiableValue and tax in CNY fen (>= 0; tax may be null),
     *                orderedAt
     * @return the reservation; the existing one when the order already has one (idempotent on orderNo)
     * @throws KaolaException COMMON_INVALID_REQUEST (nothing reserved), CROSSBORDER_BUYER_NOT_VERIFIED,
     *         CROSSBORDER_OVER_ANNUAL_LIMIT with limit=ANNUAL, amountCny, limitCny, usedCny (used + reserved),
     *         remainingCny, year (nothing reserved)
     */
    public QuotaReservation reserve(ReserveQuotaRequest request) {
        validate(request);
        VerifiedIdentity buyer = buyers.requireVerified(request.buyerId());
        var existing = quotas.findReservation(request.orderNo());
        if (existing.isPresent()) return sameBuyerOrRefuse(existing.get(), request.buyerId());

        int year = rule.yearOf(request.orderedAt());
        long amountFen = rule.countedFen(request.dutiableValue().minor(), request.tax() == null ? 0 : request.tax().minor());
        try {
            return LockRetry.run(() -> tx.execute(status ->
                    reserveLocked(request.orderNo(), buyer.identityKey(), request.buyerId(), year, amountFen)));
        } catch (DuplicateKeyException sameOrderInParallel) {
            return sameBuyerOrRefuse(quotas.findReservation(request.orderNo()).orElseThrow(), request.buyerId());
        }
    }

    private QuotaReservation reserveLocked(String orderNo, String identityKey, long buyerId, int year, long amountFen) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        QuotaBalance balance = quotas.lockYearCreatingIt(identityKey, year, now);
        if (rule.check(balance.usedFen(), balance.reservedFen(), amountFen) instanceof AnnualQuota.Verdict.Refused refused) {
            throw overAnnualLimit(refused, year);
        }
        quotas.saveYear(identityKey, year, balance.reserve(amountFen), now);
        QuotaReservation reservation = new QuotaReservation(orderNo, identityKey, buyerId, year, amountFen, 0,
                QuotaStatus.RESERVED, now, now);
        quotas.addReservation(reservation);
        return reservation;
    }

    /** @return the refusal with its extension members (CNY as plain strings, e.g. "1000.01") */
    static KaolaException overAnnualLimit(AnnualQuota.Verdict.Refused refused, int year) {
        return CrossBorderError.OVER_ANNUAL_LIMIT.exception(refused.detail(year))
                .with("limit", "ANNUAL")
                .with("amountCny", cny(refused.amountFen()))
                .with("limitCny", cny(refused.limitFen()))
                .with("usedCny", cny(refused.usedFen()))
                .with("remainingCny", cny(refused.remainingFen()))
                .with("year", year);
    }

    private static QuotaReservation sameBuyerOrRefuse(QuotaReservation existing, long buyerId) {
        if (existing.buyerId() == buyerId) return existing;
        throw CommonError.INVALID_REQUEST.exception("order " + existing.orderNo() + " already holds another buyer's quota");
    }

    private static void validate(ReserveQuotaRequest r) {
        if (r == null) throw CommonError.INVALID_REQUEST.exception("a reservation request is required");
        if (r.orderNo() == null || r.orderNo().isBlank() || r.orderNo().length() > MAX_ORDER_NO_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("orderNo must have 1 to " + MAX_ORDER_NO_LENGTH + " characters");
        }
        if (r.orderedAt() == null) throw CommonError.INVALID_REQUEST.exception("orderedAt is required");
        requireCnyFen("dutiableValue", r.dutiableValue(), false);
        requireCnyFen("tax", r.tax(), true);
    }

    private static void requireCnyFen(String field, Money amount, boolean optional) {
        if (amount == null) {
            if (optional) return;
            throw CommonError.INVALID_REQUEST.exception(field + " is required");
        }
        if (!Money.CNY.equals(amount.currency()) || amount.isNegative()) {
            throw CommonError.INVALID_REQUEST.exception(field + " must be a non-negative CNY amount, not " + amount);
        }
    }
}
