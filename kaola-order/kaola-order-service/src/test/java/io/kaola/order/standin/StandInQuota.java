package io.kaola.order.standin;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.user.api.QuotaReservationView;
import io.kaola.user.api.QuotaService;
import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.QuotaView;
import io.kaola.user.api.ReserveQuotaRequest;
import io.kaola.user.api.RestoreQuotaRequest;
import io.kaola.user.api.UserError;
import io.kaola.user.api.VerifiedBuyer;
import org.apache.dubbo.config.annotation.DubboService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * kaola-user's QuotaService stand-in, in memory with the real contract (docs/cross-border.md §1): 26,000.00 CNY
 * per identity number (via {@link StandInIdentity}) per calendar year of orderedAt in Asia/Shanghai; amount =
 * dutiable value (count-tax off); used + reserved + amount <= limit passes; reserve idempotent on orderNo;
 * confirm and release idempotent; a refusal carries limit, amountCny, usedCny, remainingCny, year; restore of a
 * CONFIRMED reservation idempotent on (orderNo, restoreKey), never more than its amount in total, lowering used.
 */
@DubboService
public class StandInQuota implements QuotaService {
    public static final long LIMIT_FEN = 2_600_000;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private record Reservation(String orderNo, long buyerId, String identityKey, int year, long amount, QuotaStatus status,
                               long restored) {
        Reservation to(QuotaStatus next) { return new Reservation(orderNo, buyerId, identityKey, year, amount, next, restored); }
        Reservation restoring(long fen) { return new Reservation(orderNo, buyerId, identityKey, year, amount, status, restored + fen); }
        QuotaReservationView view() { return new QuotaReservationView(orderNo, year, Money.cny(amount), status); }
    }

    private final StandInIdentity identities;
    private final Map<String, Reservation> reservations = new HashMap<>();
    private final Map<String, Long> restores = new HashMap<>();   // orderNo + ' ' + restoreKey -> fen
    private final AtomicInteger releaseFailures = new AtomicInteger();
    private int seeded;

    public StandInQuota(StandInIdentity identities) { this.identities = identities; }

    /** Records {@code fen} of CONFIRMED usage for the buyer's identity in {@code year} (orders paid before). */
    public synchronized void seedUsed(long buyerId, int year, long fen) {
        String orderNo = "SEED-" + (++seeded);
        reservations.put(orderNo, new Reservation(orderNo, buyerId, identities.identityKeyOf(buyerId), year, fen,
                QuotaStatus.CONFIRMED, 0));
    }

    /** @return the order's reservation, null when none */
    public synchronized QuotaReservationView reservation(String orderNo) {
        Reservation r = reservations.get(orderNo);
        return r == null ? null : r.view();
    }

    /** @return statuses of reservations of orders whose number ends with {@code suffix} (a buyer's 4 digits) */
    public synchronized java.util.List<QuotaStatus> statusesEndingWith(String suffix) {
        return reservations.values().stream().filter(r -> r.orderNo().endsWith(suffix)).map(Reservation::status).toList();
    }

    /** @return what restores gave back of the order's reservation, CNY fen (0 when none or no reservation) */
    public synchronized long restoredFen(String orderNo) {
        Reservation r = reservations.get(orderNo);
        return r == null ? 0 : r.restored();
    }

    /** The next {@code times} release calls fail like a broken network would. */
    public void failNextReleases(int times) { releaseFailures.set(times); }

    @Override
    public synchronized QuotaReservationView reserve(ReserveQuotaRequest request) throws KaolaException {
        VerifiedBuyer buyer = identities.requireVerifiedBuyer(request.buyerId());
        Reservation existing = reservations.get(request.orderNo());
        if (existing != null) return existing.view();
        int year = LocalDate.ofInstant(request.orderedAt(), SHANGHAI).getYear();
        long amount = request.dutiableValue().minor();
        long counted = counted(buyer.identityKey(), year);
        if (counted + amount > LIMIT_FEN) {
            long remaining = Math.max(0, LIMIT_FEN - counted);
            throw CrossBorderError.OVER_ANNUAL_LIMIT.exception("only " + cny(remaining) + " CNY of the annual limit remain in " + year)
                    .with("limit", "ANNUAL").with("amountCny", cny(amount)).with("limitCny", cny(LIMIT_FEN))
                    .with("usedCny", cny(counted)).with("remainingCny", cny(remaining)).with("year", year);
        }
        Reservation r = new Reservation(request.orderNo(), request.buyerId(), buyer.identityKey(), year, amount,
                QuotaStatus.RESERVED, 0);
        reservations.put(r.orderNo(), r);
        return r.view();
    }

    @Override
    public synchronized QuotaReservationView checkForPayment(long buyerId, String orderNo) throws KaolaException {
        Reservation r = reservations.get(orderNo);
        if (r == null || r.buyerId() != buyerId || r.status() == QuotaStatus.RELEASED) {
            throw UserError.QUOTA_RESERVATION_NOT_FOUND.exception("no live quota reservation for order " + orderNo);
        }
        return r.view();
    }

    @Override
    public synchronized QuotaReservationView confirm(String orderNo) throws KaolaException {
        Reservation r = reservations.get(orderNo);
        if (r == null || r.status() == QuotaStatus.RELEASED) {
            throw UserError.QUOTA_RESERVATION_NOT_FOUND.exception("no live quota reservation for order " + orderNo);
        }
        Reservation confirmed = r.to(QuotaStatus.CONFIRMED);
        reservations.put(orderNo, confirmed);
        return confirmed.view();
    }

    @Override
    public synchronized QuotaReservationView release(String orderNo) throws KaolaException {
        if (releaseFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("stand-in: quota release failed on purpose");
        }
        Reservation r = reservations.get(orderNo);
        if (r == null) return null;
        Reservation released = r.to(QuotaStatus.RELEASED);
        reservations.put(orderNo, released);
        return released.view();
    }

    @Override
    public synchronized QuotaReservationView restore(RestoreQuotaRequest request) throws KaolaException {
        if (request == null || request.restoreKey() == null || request.restoreKey().isBlank() || request.amount() == null
                || !Money.CNY.equals(request.amount().currency()) || request.amount().minor() <= 0) {
            throw UserError.INVALID_QUOTA_RESTORE.exception("a restore needs a key and a positive CNY amount");
        }
        Reservation r = reservations.get(request.orderNo());
        String key = request.orderNo() + " " + request.restoreKey();
        Long earlier = restores.get(key);
        if (r != null && earlier != null) {
            if (earlier == request.amount().minor()) return r.view();
            throw UserError.INVALID_QUOTA_RESTORE.exception("restore " + request.restoreKey() + " gave back another amount");
        }
        if (r == null || r.status() != QuotaStatus.CONFIRMED) {
            throw UserError.QUOTA_RESERVATION_NOT_FOUND.exception("no CONFIRMED quota reservation for order " + request.orderNo());
        }
        long fen = request.amount().minor();
        if (fen > r.amount() - r.restored()) {
            throw UserError.INVALID_QUOTA_RESTORE.exception("only " + cny(r.amount() - r.restored()) + " CNY left to restore");
        }
        Reservation restored = r.restoring(fen);
        reservations.put(r.orderNo(), restored);
        restores.put(key, fen);
        return restored.view();
    }

    @Override
    public synchronized QuotaView getQuota(long buyerId, int year) throws KaolaException {
        String key = identities.requireVerifiedBuyer(buyerId).identityKey();
        long used = sum(key, year, QuotaStatus.CONFIRMED);
        long reserved = sum(key, year, QuotaStatus.RESERVED);
        return new QuotaView(year, Money.cny(LIMIT_FEN), Money.cny(used), Money.cny(reserved),
                Money.cny(Math.max(0, LIMIT_FEN - used - reserved)));
    }

    private long counted(String identityKey, int year) {
        return sum(identityKey, year, QuotaStatus.CONFIRMED) + sum(identityKey, year, QuotaStatus.RESERVED);
    }

    private long sum(String identityKey, int year, QuotaStatus status) {
        return reservations.values().stream()
                .filter(r -> r.identityKey().equals(identityKey) && r.year() == year && r.status() == status)
                .mapToLong(r -> r.amount() - r.restored()).sum();
    }

    private static String cny(long fen) { return Money.cny(fen).toMajor().toPlainString(); }
}
