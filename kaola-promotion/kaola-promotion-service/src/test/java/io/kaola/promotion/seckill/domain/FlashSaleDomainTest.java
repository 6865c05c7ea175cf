package io.kaola.promotion.seckill.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.common.test.TransitionTableCheck;
import io.kaola.promotion.api.AttemptStatus;
import io.kaola.promotion.api.CreateFlashSaleRequest;
import io.kaola.promotion.api.PromotionError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.kaola.promotion.seckill.domain.FlashSaleStatus.ENDED;
import static io.kaola.promotion.seckill.domain.FlashSaleStatus.HELD;
import static io.kaola.promotion.seckill.domain.FlashSaleStatus.PENDING;
import static io.kaola.promotion.seckill.domain.FlashSaleTransition.END;
import static io.kaola.promotion.seckill.domain.FlashSaleTransition.HOLD;
import static io.kaola.promotion.seckill.domain.FlashSaleTransition.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlashSaleDomainTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void every_status_and_transition_pair_has_the_documented_outcome() {
        int pairs = TransitionTableCheck.of(LIFECYCLE, PromotionError.ILLEGAL_TRANSITION)
                .move(PENDING, HOLD, HELD)
                .stay(HELD, HOLD)
                .refuse(ENDED, HOLD, PromotionError.ILLEGAL_TRANSITION)
                .move(PENDING, END, ENDED)
                .move(HELD, END, ENDED)
                .stay(ENDED, END)
                .verify();
        assertThat(pairs).isEqualTo(8);
    }

    @Test
    void a_valid_sale_is_pending_with_its_hold_named_after_it_and_bad_ones_are_refused_naming_the_field() {
        FlashSale sale = FlashSaleRules.validate(request(Money.cny(9900), 100, 1, NOW.minusSeconds(1), NOW.plusSeconds(60)), NOW);
        assertThat(sale.status()).isEqualTo(PENDING);
        assertThat(sale.name()).isEqualTo("Flash sale");
        assertThat(new FlashSale(42, "x", "S", Money.cny(1), 1, 1, NOW, NOW.plusSeconds(1), HELD, 0, NOW).holdId())
                .isEqualTo("SECKILL-42");

        assertInvalid(request(Money.cny(0), 100, 1, NOW, NOW.plusSeconds(60)), "price");
        assertInvalid(request(new Money(100, "USD"), 100, 1, NOW, NOW.plusSeconds(60)), "price");
        assertInvalid(request(Money.cny(1), 0, 1, NOW, NOW.plusSeconds(60)), "units");
        assertInvalid(request(Money.cny(1), FlashSaleRules.MAX_UNITS + 1, 1, NOW, NOW.plusSeconds(60)), "units");
        assertInvalid(request(Money.cny(1), 1, 0, NOW, NOW.plusSeconds(60)), "perUserLimit");
        assertInvalid(request(Money.cny(1), 1, 11, NOW, NOW.plusSeconds(60)), "perUserLimit");
        assertInvalid(request(Money.cny(1), 1, 1, NOW.plusSeconds(60), NOW.plusSeconds(60)), "endsAt");
        assertInvalid(request(Money.cny(1), 1, 1, NOW.minusSeconds(120), NOW.minusSeconds(60)), "endsAt");
        assertInvalid(request(Money.cny(1), 1, 1, NOW, NOW.plus(Duration.ofDays(8))), "7 days");
        assertInvalid(new CreateFlashSaleRequest("n", " ", Money.cny(1), 1, 1, NOW, NOW.plusSeconds(60)), "skuCode");
    }

    @Test
    void the_phase_follows_the_window_and_the_units_left() {
        FlashSale sale = new FlashSale(1, "x", "S", Money.cny(1), 5, 1, NOW, NOW.plusSeconds(60), HELD, 0, NOW);
        assertThat(sale.phase(NOW.minusMillis(1), 5)).isEqualTo("UPCOMING");
        assertThat(sale.phase(NOW, 5)).isEqualTo("ON_SALE");
        assertThat(sale.phase(NOW, 0)).isEqualTo("SOLD_OUT");
        assertThat(sale.phase(NOW.plusSeconds(60), 5)).as("the end is exclusive").isEqualTo("ENDED");
    }

    @Test
    void attempt_ids_carry_their_sale_and_anything_else_is_refused() {
        String id = AttemptId.next(42);
        assertThat(AttemptId.saleOf(id)).hasValue(42);
        assertThat(AttemptId.next(42)).isNotEqualTo(id);
        assertThat(AttemptId.saleOf("42-abc")).isEmpty();
        assertThat(AttemptId.saleOf("x-" + "0".repeat(32))).isEmpty();
        assertThat(AttemptId.saleOf("42-" + "z".repeat(32))).isEmpty();
        assertThat(AttemptId.saleOf(null)).isEmpty();
        assertThat(AttemptId.saleOf("-" + "0".repeat(32))).isEmpty();
    }

    @Test
    void attempt_records_read_back_as_written_by_the_script() {
        AttemptRecord queued = AttemptRecord.parse("7-a", "QUEUED|12|1700000000000|");
        assertThat(queued.status()).isEqualTo(AttemptStatus.QUEUED);
        assertThat(queued.userId()).isEqualTo(12);
        assertThat(queued.admittedAt()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
        assertThat(queued.detail()).isNull();
        assertThat(AttemptRecord.parse("7-a", "ORDERED|12|1|KL2026-1").detail()).isEqualTo("KL2026-1");
        assertThat(AttemptRecord.parse("7-a", "FAILED|12|1|CROSSBORDER_BUYER_NOT_VERIFIED").status()).isEqualTo(AttemptStatus.FAILED);
    }

    @Test
    void a_drift_is_repaired_only_when_two_runs_saw_it_alike() {
        AttemptRecord inFlight = new AttemptRecord("1-a", AttemptStatus.QUEUED, 1, NOW, null);
        UnitDrift inStep = UnitDrift.of(new GateSnapshot(3, List.of(inFlight), 6, 0), 4);
        assertThat(inStep.drift()).isZero();
        assertThat(inStep.sameAs(inStep)).as("no drift, nothing to repair").isFalse();

        UnitDrift cancelled = UnitDrift.of(new GateSnapshot(0, List.of(), 6, 0), 1);
        assertThat(cancelled.drift()).as("a cancelled order's unit is in the hold only").isEqualTo(-1);
        assertThat(cancelled.sameAs(null)).isFalse();
        assertThat(cancelled.sameAs(UnitDrift.of(new GateSnapshot(0, List.of(), 6, 0), 1))).isTrue();
        assertThat(cancelled.sameAs(UnitDrift.of(new GateSnapshot(1, List.of(), 6, 0), 2)))
                .as("numbers moved meanwhile: decide next run").isFalse();
        assertThat(UnitDrift.of(new GateSnapshot(2, List.of(), 0, 0), 1).describe()).contains("Redis admits more");
    }

    private static CreateFlashSaleRequest request(Money price, int units, int perUser, Instant start, Instant end) {
        return new CreateFlashSaleRequest(null, "SKU-1", price, units, perUser, start, end);
    }

    private static void assertInvalid(CreateFlashSaleRequest request, String field) {
        assertThatThrownBy(() -> FlashSaleRules.validate(request, NOW))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(PromotionError.INVALID_FLASH_SALE)).isTrue();
                    assertThat(e.getMessage()).contains(field);
                });
    }
}
