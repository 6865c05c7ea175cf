package io.kaola.order.trade.domain;

import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.pricing.api.AppliedLimit;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.PriceQuote;
import io.kaola.product.api.ProductError;
import io.kaola.product.api.SkuSnapshot;
import io.kaola.user.api.QuotaView;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Limits and cases: docs/cross-border.md §1 and §7 (L1–L7). */
class CheckoutRulesTest {

    /** A quote whose lines each have the given quantity and dutiable value (fen), with pricing's verdict and limit. */
    private static PriceQuote quote(LimitVerdict verdict, AppliedLimit applied, int[] quantities, long... dutiableFen) {
        List<PriceQuote.LineQuote> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < dutiableFen.length; i++) {
            Money goods = Money.cny(dutiableFen[i]);
            lines.add(new PriceQuote.LineQuote("SKU-" + i, quantities[i], goods, null, goods, goods, Money.cny(0),
                    Money.cny(0), Money.cny(0), goods));
            total += dutiableFen[i];
        }
        Money sum = Money.cny(total);
        return new PriceQuote(lines, sum, Money.cny(0), Money.cny(0), Money.cny(0), sum, List.of(), sum, null, verdict,
                null, applied);
    }

    private static AppliedLimit transaction(String reason) {
        return new AppliedLimit(AppliedLimit.Kind.TRANSACTION, Money.cny(500_000), reason);
    }

    private static AppliedLimit singleItem(String reason) {
        return new AppliedLimit(AppliedLimit.Kind.SINGLE_ITEM, Money.cny(2_600_000), reason);
    }

    private static SkuSnapshot sku(String code, boolean onSale, boolean importable) {
        return new SkuSnapshot(code, 1, Map.of(), Money.cny(100), 500, onSale, "GENERAL", importable, null, null);
    }

    @Nested
    class TransactionLimit {
        @Test
        void a_quote_within_the_limit_or_a_single_item_over_it_is_not_refused() {
            assertThat(CheckoutRules.overTransactionLimit(quote(LimitVerdict.WITHIN_LIMIT, transaction("within"),
                    new int[] {1, 1}, 250_000, 250_000))).isEmpty();  // L1: 5,000.00 exactly
            assertThat(CheckoutRules.overTransactionLimit(quote(LimitVerdict.SINGLE_ITEM_OVER_LIMIT, singleItem("allowed"),
                    new int[] {1}, 600_000))).isEmpty();  // L3
        }

        @Test
        void a_multi_item_order_over_the_transaction_limit_is_refused_with_pricings_limit_and_reason() {
            KaolaException e = CheckoutRules.overTransactionLimit(quote(LimitVerdict.OVER_TRANSACTION_LIMIT,
                    transaction("the order is over 5000.00 CNY"), new int[] {1, 1}, 250_000, 250_001)).orElseThrow();  // L2
            assertThat(e.is(CrossBorderError.OVER_TRANSACTION_LIMIT)).isTrue();
            assertThat(e.getMessage()).isEqualTo("the order is over 5000.00 CNY");
            assertThat(e.details()).containsExactly(Map.entry("limit", "TRANSACTION"), Map.entry("amountCny", "5000.01"),
                    Map.entry("limitCny", "5000.00"));
        }

        @Test
        void a_single_item_refusal_names_the_single_item_limit_pricing_applied() {
            KaolaException e = CheckoutRules.overTransactionLimit(quote(LimitVerdict.OVER_TRANSACTION_LIMIT,
                    singleItem("not below 26000.00 CNY"), new int[] {1}, 2_600_000)).orElseThrow();  // L7
            assertThat(e.getMessage()).isEqualTo("not below 26000.00 CNY");
            assertThat(e.details()).containsExactly(Map.entry("limit", "SINGLE_ITEM"), Map.entry("amountCny", "26000.00"),
                    Map.entry("limitCny", "26000.00"));
        }

        @Test
        void an_over_limit_verdict_without_its_limit_is_a_bug_not_a_refusal() {
            assertThatThrownBy(() -> CheckoutRules.overTransactionLimit(quote(LimitVerdict.OVER_TRANSACTION_LIMIT, null,
                    new int[] {2}, 600_000))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    class AnnualQuota {
        private final QuotaView used25000 = new QuotaView(2026, Money.cny(2_600_000), Money.cny(2_000_000),
                Money.cny(500_000), Money.cny(100_000));

        @Test
        void exactly_the_remainder_fits() {
            assertThat(CheckoutRules.overAnnualQuota(used25000, Money.cny(100_000))).isEmpty();  // L5
        }

        @Test
        void one_fen_more_is_refused_with_what_remains() {
            KaolaException e = CheckoutRules.overAnnualQuota(used25000, Money.cny(100_001)).orElseThrow();  // L6
            assertThat(e.is(CrossBorderError.OVER_ANNUAL_LIMIT)).isTrue();
            assertThat(e.details()).containsExactly(Map.entry("limit", "ANNUAL"), Map.entry("amountCny", "1000.01"),
                    Map.entry("limitCny", "26000.00"), Map.entry("usedCny", "25000.00"),
                    Map.entry("remainingCny", "1000.00"), Map.entry("year", "2026"));
        }
    }

    @Nested
    class Sellable {
        @Test
        void importable_skus_on_sale_pass() {
            assertThat(CheckoutRules.unsellable(List.of(sku("A", true, true), sku("B", true, true)))).isEmpty();
        }

        @Test
        void the_first_sku_off_the_positive_list_is_named() {
            KaolaException e = CheckoutRules.unsellable(List.of(sku("A", true, true), sku("B", true, false))).orElseThrow();
            assertThat(e.is(CrossBorderError.NOT_ON_POSITIVE_LIST)).isTrue();
            assertThat(e.getMessage()).contains("sku B");
            assertThat(e.details()).containsEntry("skuCode", "B");
        }

        @Test
        void a_sku_not_on_sale_keeps_the_products_code() {
            assertThat(CheckoutRules.unsellable(List.of(sku("A", false, true))).orElseThrow().is(ProductError.SKU_NOT_ON_SALE))
                    .isTrue();
        }
    }
}
