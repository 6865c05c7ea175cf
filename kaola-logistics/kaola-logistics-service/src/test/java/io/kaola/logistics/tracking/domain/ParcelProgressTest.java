package io.kaola.logistics.tracking.domain;

import io.kaola.logistics.api.TrackingStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static io.kaola.logistics.api.TrackingStatus.CLEARANCE_FAILED;
import static io.kaola.logistics.api.TrackingStatus.CLEARED;
import static io.kaola.logistics.api.TrackingStatus.COLLECTED;
import static io.kaola.logistics.api.TrackingStatus.DECLARED;
import static io.kaola.logistics.api.TrackingStatus.DELIVERED;
import static io.kaola.logistics.api.TrackingStatus.EXCEPTION;
import static io.kaola.logistics.api.TrackingStatus.IN_TRANSIT;
import static io.kaola.logistics.api.TrackingStatus.OUTBOUND;
import static io.kaola.logistics.api.TrackingStatus.OUT_FOR_DELIVERY;
import static io.kaola.logistics.api.TrackingStatus.PACKED;
import static io.kaola.logistics.api.TrackingStatus.RETURNED;
import static org.assertj.core.api.Assertions.assertThat;

class ParcelProgressTest {
    private static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private static Instant t(int minutes) { return T0.plusSeconds(60L * minutes); }

    private static Parcel at(TrackingStatus status, TrackingStatus progress, int minutes) {
        return new Parcel("SBX1", "O1", 7, status, progress, t(minutes));
    }

    private static Parcel applied(Parcel p, TrackingStatus event, int minutes) {
        return ParcelProgress.apply(p, event, t(minutes)).map(ParcelProgress.Move::parcel).orElse(p);
    }

    @Test
    void the_journey_moves_forward_in_the_order_of_the_vocabulary() {
        Parcel p = Parcel.fresh("SBX1", "O1", 7);
        int minute = 0;
        for (TrackingStatus s : new TrackingStatus[]{DECLARED, CLEARED, PACKED, OUTBOUND, COLLECTED, IN_TRANSIT,
                OUT_FOR_DELIVERY, DELIVERED}) {
            Optional<ParcelProgress.Move> move = ParcelProgress.apply(p, s, t(++minute));
            assertThat(move).as(s.name()).isPresent();
            assertThat(move.get().reached()).isEqualTo(s);
            p = move.get().parcel();
            assertThat(p.status()).isEqualTo(s);
            assertThat(p.progress()).isEqualTo(s);
        }
    }

    @Test
    void an_older_or_repeated_journey_status_never_moves_the_parcel_back() {
        Parcel inTransit = at(IN_TRANSIT, IN_TRANSIT, 10);
        for (TrackingStatus s : new TrackingStatus[]{DECLARED, CLEARED, PACKED, OUTBOUND, COLLECTED, IN_TRANSIT}) {
            assertThat(ParcelProgress.apply(inTransit, s, t(20))).as(s.name()).isEmpty();
        }
    }

    @Test
    void statuses_can_be_skipped_out_of_order_arrivals_then_change_nothing() {
        Parcel p = applied(Parcel.fresh("SBX1", "O1", 7), DELIVERED, 30);
        assertThat(p.status()).isEqualTo(DELIVERED);
        assertThat(ParcelProgress.apply(p, OUT_FOR_DELIVERY, t(20))).isEmpty();
        assertThat(ParcelProgress.apply(p, IN_TRANSIT, t(10))).isEmpty();
    }

    @Test
    void an_exception_is_shown_and_a_later_journey_status_moves_on() {
        Parcel p = applied(at(IN_TRANSIT, IN_TRANSIT, 10), EXCEPTION, 11);
        assertThat(p.status()).isEqualTo(EXCEPTION);
        assertThat(p.progress()).isEqualTo(IN_TRANSIT);
        assertThat(ParcelProgress.apply(p, EXCEPTION, t(12))).as("already in exception").isEmpty();
        assertThat(ParcelProgress.apply(p, IN_TRANSIT, t(13))).as("not further than progress").isEmpty();
        Parcel moved = applied(p, OUT_FOR_DELIVERY, 14);
        assertThat(moved.status()).isEqualTo(OUT_FOR_DELIVERY);
        assertThat(moved.progress()).isEqualTo(OUT_FOR_DELIVERY);
    }

    @Test
    void an_exception_older_than_the_last_change_is_recorded_only() {
        assertThat(ParcelProgress.apply(at(OUT_FOR_DELIVERY, OUT_FOR_DELIVERY, 20), EXCEPTION, t(15))).isEmpty();
    }

    @Test
    void a_journey_status_older_than_the_shown_exception_advances_progress_but_keeps_the_exception() {
        Parcel exception = at(EXCEPTION, COLLECTED, 20);
        ParcelProgress.Move move = ParcelProgress.apply(exception, IN_TRANSIT, t(15)).orElseThrow();
        assertThat(move.reached()).isEqualTo(IN_TRANSIT);
        assertThat(move.parcel().status()).isEqualTo(EXCEPTION);
        assertThat(move.parcel().progress()).isEqualTo(IN_TRANSIT);
        assertThat(move.parcel().statusAt()).isEqualTo(t(20));
    }

    @Test
    void delivered_returned_and_clearance_failed_end_the_journey() {
        for (TrackingStatus end : new TrackingStatus[]{DELIVERED, RETURNED, CLEARANCE_FAILED}) {
            Parcel ended = at(end, DECLARED, 30);
            for (TrackingStatus s : TrackingStatus.values()) {
                assertThat(ParcelProgress.apply(ended, s, t(40))).as(end + " then " + s).isEmpty();
            }
        }
    }

    @Test
    void returned_ends_any_journey_under_way() {
        Parcel p = applied(at(EXCEPTION, OUT_FOR_DELIVERY, 30), RETURNED, 31);
        assertThat(p.status()).isEqualTo(RETURNED);
        assertThat(p.progress()).isEqualTo(OUT_FOR_DELIVERY);
    }

    @Test
    void clearance_fails_only_before_release() {
        assertThat(applied(at(DECLARED, DECLARED, 1), CLEARANCE_FAILED, 2).status()).isEqualTo(CLEARANCE_FAILED);
        assertThat(applied(Parcel.fresh("SBX1", "O1", 7), CLEARANCE_FAILED, 2).status()).isEqualTo(CLEARANCE_FAILED);
        assertThat(ParcelProgress.apply(at(CLEARED, CLEARED, 1), CLEARANCE_FAILED, t(2))).isEmpty();
    }
}
