package io.kaola.user.quota.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.QuotaStatus;
import io.kaola.user.api.UserError;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuotaReservationTest {
    private static final Instant T0 = Instant.parse("2026-06-15T04:00:00Z");
    private static final Instant T1 = Instant.parse("2026-07-01T04:00:00Z");
    private static final QuotaReservation PAID = new QuotaReservation("K1", "key", 7, 2026, 300_000, 0,
            QuotaStatus.CONFIRMED, T0, T0);

    @Test
    void restores_add_up_to_the_amount_and_no_further() {
        QuotaReservation part = PAID.restore(100_000, T1);
        assertThat(part.restoredFen()).isEqualTo(100_000);
        assertThat(part.stillCountedFen()).isEqualTo(200_000);
        assertThat(part.updatedAt()).isEqualTo(T1);
        assertThat(part.status()).isEqualTo(QuotaStatus.CONFIRMED);

        QuotaReservation all = part.restore(200_000, T1);
        assertThat(all.stillCountedFen()).isZero();
        assertThatThrownBy(() -> all.restore(1, T1)).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.is(UserError.INVALID_QUOTA_RESTORE)).isTrue());
        assertThatThrownBy(() -> part.restore(200_001, T1)).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.is(UserError.INVALID_QUOTA_RESTORE)).isTrue())
                .hasMessageContaining("2000.00 CNY of its 3000.00 CNY left to restore, not 2000.01");
    }

    @Test
    void a_restore_must_give_back_something() {
        for (long fen : new long[]{0, -1}) {
            assertThatThrownBy(() -> PAID.restore(fen, T1)).isInstanceOfSatisfying(KaolaException.class,
                    e -> assertThat(e.is(UserError.INVALID_QUOTA_RESTORE)).isTrue());
        }
    }

    @Test
    void a_reservation_never_holds_more_restored_than_its_amount() {
        assertThatThrownBy(() -> new QuotaReservation("K1", "key", 7, 2026, 100, 101, QuotaStatus.CONFIRMED, T0, T0))
                .isInstanceOf(IllegalStateException.class);
    }
}
