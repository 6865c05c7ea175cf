package io.kaola.logistics.tracking.domain;

import io.kaola.logistics.api.TrackingStatus;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static io.kaola.logistics.api.TrackingStatus.CLEARANCE_FAILED;
import static io.kaola.logistics.api.TrackingStatus.CLEARED;
import static io.kaola.logistics.api.TrackingStatus.DELIVERED;
import static io.kaola.logistics.api.TrackingStatus.EXCEPTION;
import static io.kaola.logistics.api.TrackingStatus.RETURNED;

/**
 * The never-backwards rule (fulfilment.md §1), decided per event; events arrive repeated and out of order. A parcel
 * keeps its {@code progress} (the furthest journey status reached) and its shown {@code status}:
 * <ul>
 *   <li>Journey statuses are DECLARED, CLEARED, PACKED, OUTBOUND, COLLECTED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED,
 *       in {@link TrackingStatus}'s order. One moves the parcel only when it is further than {@code progress}; an
 *       older or equal one is recorded but changes nothing.</li>
 *   <li>EXCEPTION (a problem; the journey may go on) is shown when it is not older than the last status change and
 *       the parcel is not already in EXCEPTION; progress stays. A later journey status moves the parcel on. A journey
 *       status older than the exception (it arrived late) still advances progress, but the exception stays shown.</li>
 *   <li>DELIVERED, RETURNED and CLEARANCE_FAILED end the journey: nothing moves the parcel after them.
 *       RETURNED ends any journey that has not ended. CLEARANCE_FAILED (customs rejected the list for quota or
 *       identity) only before CLEARED.</li>
 * </ul>
 * Each move reports the status newly reached, to publish as ParcelStatusChanged.
 */
public final class ParcelProgress {
    private static final Set<TrackingStatus> TERMINAL = Set.of(DELIVERED, RETURNED, CLEARANCE_FAILED);

    private ParcelProgress() {}

    /**
     * A move of the parcel.
     *
     * @param parcel  the parcel after the event
     * @param reached the status newly reached (to publish)
     */
    public record Move(Parcel parcel, TrackingStatus reached) {}

    /** @return true for the statuses of the journey proper (not EXCEPTION, RETURNED or CLEARANCE_FAILED) */
    public static boolean isJourney(TrackingStatus s) {
        return s != EXCEPTION && s != RETURNED && s != CLEARANCE_FAILED;
    }

    /** @return true when nothing moves the parcel any more */
    public static boolean ended(Parcel parcel) { return parcel.status() != null && TERMINAL.contains(parcel.status()); }

    /**
     * @param parcel the parcel as it is
     * @param event  the event's status
     * @param at     the event's time
     * @return the move, or empty when the event changes nothing (recorded only)
     */
    public static Optional<Move> apply(Parcel parcel, TrackingStatus event, Instant at) {
        if (ended(parcel)) return Optional.empty();
        TrackingStatus progress = parcel.progress();
        if (isJourney(event)) {
            if (progress != null && event.ordinal() <= progress.ordinal()) return Optional.empty();
            boolean lateUnderException = parcel.status() == EXCEPTION && parcel.statusAt() != null
                    && at.isBefore(parcel.statusAt());
            Parcel next = lateUnderException
                    ? with(parcel, EXCEPTION, event, parcel.statusAt())
                    : with(parcel, event, event, at);
            return Optional.of(new Move(next, event));
        }
        return switch (event) {
            case EXCEPTION -> {
                if (parcel.status() == EXCEPTION) yield Optional.empty();
                if (parcel.statusAt() != null && at.isBefore(parcel.statusAt())) yield Optional.empty();
                yield Optional.of(new Move(with(parcel, EXCEPTION, progress, at), EXCEPTION));
            }
            case RETURNED -> Optional.of(new Move(with(parcel, RETURNED, progress, at), RETURNED));
            case CLEARANCE_FAILED -> {
                if (progress != null && progress.ordinal() >= CLEARED.ordinal()) yield Optional.empty();
                yield Optional.of(new Move(with(parcel, CLEARANCE_FAILED, progress, at), CLEARANCE_FAILED));
            }
            default -> throw new IllegalStateException("unhandled " + event);
        };
    }

    private static Parcel with(Parcel p, TrackingStatus status, TrackingStatus progress, Instant at) {
        return new Parcel(p.logisticsNo(), p.orderNo(), p.buyerId(), status, progress, at);
    }
}
