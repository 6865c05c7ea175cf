package io.kaola.pricing.quote.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.CouponOutcome;
import io.kaola.pricing.api.LineReduction;
import io.kaola.pricing.api.PriceStep;
import io.kaola.pricing.api.PricingError;
import io.kaola.pricing.api.PromotionOffer;
import io.kaola.pricing.api.PromotionOffer.Tier;
import io.kaola.pricing.api.PromotionScope;
import io.kaola.pricing.fx.domain.FxRate;
import io.kaola.pricing.testsupport.SeededRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Activity price → full reduction → coupon ({@link PromotionPricing}), alone and through {@link PriceCalculator#quote}. */
class PromotionPricingTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    private static final String BAGS = "bags", BOWLS = "bowls";

    private static CartLine line(String sku, int quantity, long unitFen, long spuId, String categoryKey) {
        return new CartLine(sku, quantity, Money.cny(unitFen), "GENERAL", 500, null, spuId, Set.of(categoryKey));
    }

    private static PromotionPricing.Applied apply(List<CartLine> lines, List<PromotionOffer> activities,
                                                  PromotionOffer coupon, List<PriceStep> steps) {
        PromotionPricing.check(activities, coupon);
        long[] unit = lines.stream().mapToLong(l -> l.supplierUnitPrice().minor()).toArray();
        long[] goods = new long[lines.size()];
        for (int i = 0; i < goods.length; i++) goods[i] = unit[i] * lines.get(i).quantity();
        return PromotionPricing.apply(lines, unit, goods, activities, coupon, steps);
    }

    private static Money cny(long fen) { return Money.cny(fen); }

    @Test void a_flash_sale_price_replaces_the_unit_price_of_its_sku_only_and_never_raises_it() {
        List<PriceStep> steps = new ArrayList<>();
        PromotionOffer flash = PromotionOffer.flashPrice("S1", "秒杀", "A", cny(1999));
        PromotionPricing.Applied applied = apply(List.of(line("A", 2, 9999, 1, BAGS), line("B", 1, 5000, 2, BAGS)),
                List.of(flash), null, steps);
        assertThat(applied.discountFen()).containsExactly(16000, 0);   // (99.99 − 19.99) × 2
        assertThat(applied.reductions().get(0)).containsExactly(new LineReduction("S1", PromotionOffer.Kind.FLASH_PRICE, cny(16000)));
        assertThat(steps).extracting(PriceStep::step).containsExactly("flash-price");

        PromotionPricing.Applied dearer = apply(List.of(line("A", 1, 1000, 1, BAGS)),
                List.of(PromotionOffer.flashPrice("S2", "秒杀", "A", cny(1999))), null, null);
        assertThat(dearer.discountFen()).as("a flash price above the unit price takes nothing").containsExactly(0);
    }

    @Test void a_flash_sale_price_joins_no_other_offer_and_names_one_sku() {
        PromotionOffer flash = PromotionOffer.flashPrice("S1", "秒杀", "A", cny(1999));
        assertThatThrownBy(() -> PromotionPricing.check(List.of(flash, PromotionOffer.discount("D1", "d", 10, PromotionScope.ALL)), null))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.code()).isEqualTo("PRICING_INVALID_PROMOTION"))
                .hasMessageContaining("joins no other");
        assertThatThrownBy(() -> PromotionPricing.check(List.of(flash),
                PromotionOffer.amountOffCoupon("C1", "c", cny(100), null, PromotionScope.ALL)))
                .hasMessageContaining("joins no other");
        assertThatThrownBy(() -> PromotionPricing.check(List.of(new PromotionOffer("S3", PromotionOffer.Kind.FLASH_PRICE, "x",
                PromotionScope.ALL, 0, cny(100), null, null, List.of())), null)).hasMessageContaining("exactly one SKU");
        assertThatThrownBy(() -> PromotionPricing.check(List.of(PromotionOffer.flashPrice("S4", "x", "A", cny(0))), null))
                .hasMessageContaining("positive CNY");
    }

    @Test void an_activity_price_takes_the_rounded_percentage_off_each_unit() {
        // 99.99 at 15% off keeps round_HALF_UP(84.9915) = 84.99, so 15.00 off a unit, 30.00 off two
        PromotionPricing.Applied applied = apply(List.of(line("A", 2, 9999, 1, BAGS)),
                List.of(PromotionOffer.discount("D1", "15% off bags", 15, new PromotionScope(Set.of(), Set.of(BAGS)))),
                null, null);
        assertThat(applied.discountFen()).containsExactly(3000);
        assertThat(applied.reductions().get(0)).containsExactly(new LineReduction("D1", PromotionOffer.Kind.DISCOUNT, cny(3000)));
        assertThat(applied.coupon()).isNull();
    }

    @Test void a_line_takes_the_one_discount_that_takes_most_off_it_and_lines_out_of_scope_none() {
        List<PromotionOffer> activities = List.of(
                PromotionOffer.discount("D1", "10% off everything", 10, PromotionScope.ALL),
                PromotionOffer.discount("D2", "30% off SPU 7", 30, new PromotionScope(Set.of(7L), Set.of())),
                PromotionOffer.discount("D3", "20% off bowls", 20, new PromotionScope(Set.of(), Set.of(BOWLS))));
        PromotionPricing.Applied applied = apply(List.of(line("A", 1, 10000, 7, BOWLS), line("B", 1, 10000, 8, BOWLS),
                line("C", 1, 10000, 9, BAGS)), activities, null, null);
        assertThat(applied.discountFen()).containsExactly(3000, 2000, 1000);
        assertThat(applied.reductions().get(0)).extracting(LineReduction::offerId).containsExactly("D2");
    }

    @Test void a_discount_on_a_sku_set_applies_to_those_skus_only() {
        PromotionPricing.Applied applied = apply(List.of(line("A", 2, 10000, 1, BAGS), line("B", 1, 10000, 1, BAGS)),
                List.of(PromotionOffer.discount("D1", "25% off A", 25, PromotionScope.skus(Set.of("A")))), null, null);
        assertThat(applied.discountFen()).containsExactly(5000, 0);
        assertThat(PromotionScope.skus(Set.of("A")).covers("B", 1L, Set.of(BAGS))).isFalse();
        assertThat(PromotionScope.ALL.covers("B", null, null)).isTrue();
    }

    @Test void a_full_reduction_takes_the_highest_tier_reached_after_activity_prices_split_to_the_fen() {
        // bowls after 10% off: 270.00 + 90.00 = 360.00 reaches 满300减30 but not 满500减60; the bag is out of scope
        List<PromotionOffer> activities = List.of(
                PromotionOffer.discount("D1", "10% off bowls", 10, new PromotionScope(Set.of(), Set.of(BOWLS))),
                PromotionOffer.fullReduction("F1", "满300减30, 满500减60", List.of(new Tier(cny(50000), cny(6000)),
                        new Tier(cny(30000), cny(3000))), new PromotionScope(Set.of(), Set.of(BOWLS))));
        List<PriceStep> steps = new ArrayList<>();
        PromotionPricing.Applied applied = apply(List.of(line("A", 3, 10000, 1, BOWLS), line("B", 1, 10000, 2, BOWLS),
                line("C", 1, 45000, 3, BAGS)), activities, null, steps);
        // 30.00 over 270 : 90 → 22.50 + 7.50
        assertThat(applied.discountFen()).containsExactly(3000 + 2250, 1000 + 750, 0);
        assertThat(steps).extracting(PriceStep::step).containsExactly("activity-price", "activity-price", "full-reduction");
        assertThat(steps.get(2).result()).isEqualTo(cny(3000));
    }

    @Test void a_line_joins_only_the_first_full_reduction_in_scope() {
        List<PromotionOffer> activities = List.of(
                PromotionOffer.fullReduction("F1", "满100减10 on bowls", List.of(new Tier(cny(10000), cny(1000))),
                        new PromotionScope(Set.of(), Set.of(BOWLS))),
                PromotionOffer.fullReduction("F2", "满100减50 on everything", List.of(new Tier(cny(10000), cny(5000))),
                        PromotionScope.ALL));
        PromotionPricing.Applied applied = apply(List.of(line("A", 1, 10000, 1, BOWLS), line("B", 1, 10000, 2, BAGS)),
                activities, null, null);
        assertThat(applied.discountFen()).containsExactly(1000, 5000);
    }

    @Test void a_threshold_coupon_applies_on_what_the_activities_left_and_is_refused_below_it_with_the_reason() {
        PromotionOffer coupon = PromotionOffer.amountOffCoupon("C9", "满199减20", cny(2000), cny(19900), PromotionScope.ALL);
        PromotionOffer tenOff = PromotionOffer.discount("D1", "10% off", 10, PromotionScope.ALL);

        PromotionPricing.Applied refused = apply(List.of(line("A", 1, 21000, 1, BAGS)), List.of(tenOff), coupon, null);
        // 210.00 − 21.00 = 189.00 < 199.00
        assertThat(refused.coupon()).isEqualTo(new CouponOutcome("C9", false, cny(0),
                "threshold 199.00 CNY not reached: the lines in scope come to 189.00 CNY after activities"));
        assertThat(refused.discountFen()).containsExactly(2100);

        PromotionPricing.Applied applied = apply(List.of(line("A", 1, 23000, 1, BAGS)), List.of(tenOff), coupon, null);
        assertThat(applied.coupon().applied()).isTrue();
        assertThat(applied.discountFen()).containsExactly(2300 + 2000);
    }

    @Test void a_coupon_worth_more_than_the_cart_takes_it_to_zero_and_never_below() {
        PromotionOffer coupon = PromotionOffer.amountOffCoupon("C1", "100 off", cny(10000), null, PromotionScope.ALL);
        PromotionPricing.Applied applied = apply(List.of(line("A", 1, 3333, 1, BAGS), line("B", 2, 1234, 2, BAGS)), List.of(),
                coupon, null);
        assertThat(applied.discountFen()).containsExactly(3333, 2468);
        assertThat(applied.coupon().discount()).isEqualTo(cny(5801));
    }

    @Test void a_percentage_coupon_rounds_down_and_stops_at_its_cap() {
        PromotionOffer capped = PromotionOffer.percentOffCoupon("P1", "15% off up to 20", 15, cny(2000), null, PromotionScope.ALL);
        // 15% of 99.99 = 14.9985 → 14.99
        assertThat(apply(List.of(line("A", 1, 9999, 1, BAGS)), List.of(), capped, null).discountFen()).containsExactly(1499);
        // 15% of 300.00 = 45.00, capped at 20.00, split 100 : 200 → 6.67 / 13.33 (the odd fen to the larger remainder)
        assertThat(apply(List.of(line("A", 1, 10000, 1, BAGS), line("B", 1, 20000, 2, BAGS)), List.of(), capped, null)
                .discountFen()).containsExactly(667, 1333);
    }

    @Test void a_coupon_with_no_line_in_scope_is_refused() {
        PromotionOffer coupon = PromotionOffer.amountOffCoupon("C1", "bowls only", cny(500), null,
                new PromotionScope(Set.of(), Set.of(BOWLS)));
        PromotionPricing.Applied applied = apply(List.of(line("A", 1, 10000, 1, BAGS)), List.of(), coupon, null);
        assertThat(applied.coupon()).isEqualTo(new CouponOutcome("C1", false, cny(0), "no line of the cart is in the coupon's scope"));
        assertThat(applied.discountFen()).containsExactly(0);
    }

    @Test void many_lines_with_everything_at_once_stay_within_each_line_and_add_up() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(12);
            List<CartLine> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(line("S" + i, 1 + random.nextInt(4), 1 + random.nextInt(40_000), i, random.nextBoolean() ? BAGS : BOWLS));
            }
            List<PromotionOffer> activities = List.of(
                    PromotionOffer.discount("D", "d", 1 + random.nextInt(99), new PromotionScope(Set.of(), Set.of(BAGS))),
                    PromotionOffer.fullReduction("F", "f", List.of(new Tier(cny(1 + random.nextInt(50_000)),
                            cny(1 + random.nextInt(50_000)))), PromotionScope.ALL));
            PromotionOffer coupon = random.nextBoolean()
                    ? PromotionOffer.amountOffCoupon("C", "c", cny(1 + random.nextInt(100_000)), null, PromotionScope.ALL)
                    : PromotionOffer.percentOffCoupon("C", "c", 1 + random.nextInt(99), null, null, PromotionScope.ALL);
            PromotionPricing.Applied applied = apply(lines, activities, coupon, null);
            for (int i = 0; i < n; i++) {
                long goods = lines.get(i).supplierUnitPrice().minor() * lines.get(i).quantity();
                assertThat(applied.discountFen()[i]).isBetween(0L, goods);
                assertThat(applied.reductions().get(i).stream().mapToLong(r -> r.amount().minor()).sum())
                        .isEqualTo(applied.discountFen()[i]);
            }
        }
    }

    @Test void a_quote_with_promotions_is_taxed_on_the_reduced_dutiable_value_and_adds_up_to_the_fen() {
        PriceCalculator calculator = new PriceCalculator();
        List<CartLine> lines = List.of(line("A", 3, 3333, 1, BOWLS), line("B", 1, 12345, 2, BAGS));
        List<PromotionOffer> activities = List.of(PromotionOffer.fullReduction("F1", "满200减25",
                List.of(new Tier(cny(20000), cny(2500))), PromotionScope.ALL));
        PromotionOffer coupon = PromotionOffer.amountOffCoupon("C1", "满150减10", cny(1000), cny(15000), PromotionScope.ALL);
        Quote plain = calculator.quote(lines, DAY, Map.<String, FxRate>of(), SeededRules.ningbo(), false);
        Quote quote = calculator.quote(lines, DAY, Map.<String, FxRate>of(), SeededRules.ningbo(), activities, coupon, true);

        assertThat(quote.discount()).isEqualTo(cny(3500));
        assertThat(quote.coupon()).isEqualTo(new CouponOutcome("C1", true, cny(1000), null));
        assertThat(quote.dutiableValue().minor()).isEqualTo(quote.goods().minor() - 3500 + quote.shipping().minor());
        assertThat(quote.tax().minor()).isLessThan(plain.tax().minor());
        long lineTotals = 0, lineDiscounts = 0;
        for (Quote.Line l : quote.lines()) {
            assertThat(l.total().minor()).isEqualTo(l.goods().minor() - l.discount().minor() + l.shipping().minor() + l.tax().minor());
            assertThat(l.reductions().stream().mapToLong(r -> r.amount().minor()).sum()).isEqualTo(l.discount().minor());
            lineTotals += l.total().minor();
            lineDiscounts += l.discount().minor();
        }
        assertThat(lineTotals).isEqualTo(quote.total().minor());
        assertThat(lineDiscounts).isEqualTo(3500);
        assertThat(quote.total().minor()).isEqualTo(quote.goods().minor() - 3500 + quote.shipping().minor() + quote.tax().minor());
        assertThat(quote.steps()).extracting(PriceStep::step).contains("full-reduction", "coupon");
    }

    @Test void bad_offers_are_refused_with_a_stable_code() {
        List<Runnable> bad = List.of(
                () -> PromotionPricing.check(List.of(PromotionOffer.discount("D", "d", 0, null)), null),
                () -> PromotionPricing.check(List.of(PromotionOffer.discount("D", "d", 100, null)), null),
                () -> PromotionPricing.check(List.of(), PromotionOffer.discount("D", "as coupon", 10, null)),
                () -> PromotionPricing.check(List.of(PromotionOffer.amountOffCoupon("C", "as activity", cny(1), null, null)), null),
                () -> PromotionPricing.check(List.of(), PromotionOffer.amountOffCoupon("C", "c", cny(-5), null, null)),
                () -> PromotionPricing.check(List.of(), PromotionOffer.amountOffCoupon("C", "c", new Money(500, "USD"), null, null)),
                () -> PromotionPricing.check(List.of(PromotionOffer.fullReduction("F", "f", List.of(), null)), null),
                () -> PromotionPricing.check(List.of(PromotionOffer.fullReduction("F", "f",
                        List.of(new Tier(cny(0), cny(10))), null)), null),
                () -> PromotionPricing.check(List.of(), PromotionOffer.amountOffCoupon(" ", "no id", cny(1), null, null)));
        for (Runnable r : bad) {
            assertThatThrownBy(r::run).isInstanceOf(KaolaException.class)
                    .satisfies(e -> assertThat(((KaolaException) e).code()).isEqualTo(PricingError.INVALID_PROMOTION.code()));
        }
    }
}
