package io.kaola.order.it;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.CrossBorderError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.inventory.api.ReservationStatus;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.OrderStatus;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PriceTrial;
import io.kaola.order.api.PriceTrialRequest;
import io.kaola.order.trade.domain.OrderShard;
import io.kaola.pricing.api.LimitVerdict;
import io.kaola.pricing.api.QuoteRequest;
import io.kaola.user.api.QuotaStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.kaola.order.standin.StandInCatalog.CNY_1;
import static io.kaola.order.standin.StandInCatalog.CNY_1000;
import static io.kaola.order.standin.StandInCatalog.CNY_26000;
import static io.kaola.order.standin.StandInCatalog.CNY_6000;
import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static io.kaola.order.standin.StandInCatalog.FAIL_WRITE;
import static io.kaola.order.standin.StandInCatalog.NOT_LISTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cross-border rules at checkout (docs/cross-border.md §1, §3, §5) against the stand-ins of kaola-user
 * (identity, annual quota), kaola-product, kaola-pricing and kaola-inventory, over Dubbo. Buyers 41xx.
 */
class CrossBorderOrderIT extends OrderItSupport {

    private static int thisYear() { return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(); }

    /** Nothing of the buyer in any order table, no stock held and no quota reserved for any of its order numbers. */
    private void assertNothingWrittenOrHeld(long buyer) throws Exception {
        String suffix = String.format("%04d", buyer % 10_000);
        assertThat(rowsOfBuyer(buyer)).isZero();
        assertThat(stock.reservationsEndingWith(suffix)).isEmpty();
        assertThat(quota.statusesEndingWith(suffix)).isEmpty();
    }

    @Nested
    class Placing {
        @Test
        void a_buyer_without_a_verified_identity_is_refused_and_nothing_is_written_or_held() throws Exception {
            long buyer = 4101;
            identity.unverify(buyer);

            assertThatThrownBy(() -> orders.placeOrder(request(buyer, line(EUR_1, 1))))
                    .isInstanceOfSatisfying(KaolaException.class,
                            e -> assertThat(e.is(CrossBorderError.BUYER_NOT_VERIFIED)).isTrue());
            assertNothingWrittenOrHeld(buyer);
        }

        @Test
        void a_sku_off_the_positive_list_is_refused_naming_it_and_nothing_is_held() throws Exception {
            long buyer = 4102;
            assertThatThrownBy(() -> orders.placeOrder(request(buyer, line(EUR_1, 1), line(NOT_LISTED, 1))))
                    .isInstanceOfSatisfying(KaolaException.class, e -> {
                        assertThat(e.is(CrossBorderError.NOT_ON_POSITIVE_LIST)).isTrue();
                        assertThat(e.getMessage()).contains(NOT_LISTED);
                    });
            assertNothingWrittenOrHeld(buyer);
        }

        @Test
        void an_order_over_5000_cny_is_refused_with_the_limit_and_amount_and_nothing_is_held() throws Exception {
            long buyer = 4103;
            // 5 × 1,000.00 + 1.00 = 5,001.00 CNY dutiable, two lines
            assertThatThrownBy(() -> orders.placeOrder(request(buyer, line(CNY_1000, 5), line(FAIL_WRITE, 1))))
                    .isInstanceOfSatisfying(KaolaException.class, e -> {
                        assertThat(e.is(CrossBorderError.OVER_TRANSACTION_LIMIT)).isTrue();
                        assertThat(e.details()).containsExactly(Map.entry("limit", "TRANSACTION"),
                                Map.entry("amountCny", "5001.00"), Map.entry("limitCny", "5000.00"));
                    });
            assertNothingWrittenOrHeld(buyer);
        }

        @Test
        void one_item_of_26000_cny_is_refused_as_a_single_item_and_one_of_6000_is_the_allowed_exception() throws Exception {
            long buyer = 4104;
            assertThatThrownBy(() -> orders.placeOrder(request(buyer, line(CNY_26000, 1))))
                    .isInstanceOfSatisfying(KaolaException.class, e -> {
                        assertThat(e.is(CrossBorderError.OVER_TRANSACTION_LIMIT)).isTrue();
                        assertThat(e.details()).containsEntry("limit", "SINGLE_ITEM").containsEntry("amountCny", "26000.00")
                                .containsEntry("limitCny", "26000.00");
                    });
            assertNothingWrittenOrHeld(buyer);

            OrderView single = orders.placeOrder(request(buyer, line(CNY_6000, 1)));  // L3

            assertThat(single.price().limitVerdict()).isEqualTo(LimitVerdict.SINGLE_ITEM_OVER_LIMIT);
            assertThat(quota.reservation(single.orderNo()).amount()).isEqualTo(Money.cny(600_000));
        }

        @Test
        void an_order_past_the_annual_quota_is_refused_with_what_remains_and_exactly_the_remainder_passes() throws Exception {
            long buyer = 4105;
            quota.seedUsed(buyer, thisYear(), 2_500_000);  // 25,000.00 used this year
            long available = stock.available(CNY_1000);

            // L6: 1,000.00 + 1.00 against 1,000.00 remaining
            assertThatThrownBy(() -> orders.placeOrder(request(buyer, line(CNY_1000, 1), line(FAIL_WRITE, 1))))
                    .isInstanceOfSatisfying(KaolaException.class, e -> {
                        assertThat(e.is(CrossBorderError.OVER_ANNUAL_LIMIT)).isTrue();
                        assertThat(e.details()).containsEntry("limit", "ANNUAL").containsEntry("amountCny", "1001.00")
                                .containsEntry("usedCny", "25000.00").containsEntry("remainingCny", "1000.00")
                                .containsEntry("year", String.valueOf(thisYear()));
                    });
            assertNothingWrittenOrHeld(buyer);
            assertThat(stock.available(CNY_1000)).isEqualTo(available);

            OrderView atTheLimit = orders.placeOrder(request(buyer, line(CNY_1000, 1)));  // L5

            assertThat(quota.reservation(atTheLimit.orderNo()).status()).isEqualTo(QuotaStatus.RESERVED);
        }

        @Test
        void two_accounts_of_one_identity_share_one_annual_quota() {
            long owner = 4106;
            long second = 4107;
            identity.shareIdentity(second, owner);
            quota.seedUsed(owner, thisYear(), 2_000_000);
            orders.placeOrder(request(owner, line(CNY_1000, 5)));  // 25,000.00 counted

            assertThatThrownBy(() -> orders.placeOrder(request(second, line(CNY_1000, 1), line(CNY_1, 1))))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.details())
                            .containsEntry("remainingCny", "1000.00").containsEntry("amountCny", "1099.00"));
        }
    }

    @Nested
    class Cancelling {
        @Test
        void cancelling_closes_the_order_and_releases_its_stock_and_quota_and_a_repeat_changes_nothing() throws Exception {
            long buyer = 4111;
            long available = stock.available(EUR_1);
            OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 3)));

            OrderView cancelled = orders.cancelOrder(buyer, order.orderNo());

            assertThat(cancelled.status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RELEASED);
            assertThat(stock.available(EUR_1)).isEqualTo(available);
            assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RELEASED);
            assertThat(quota.getQuota(buyer, thisYear()).remaining()).isEqualTo(Money.cny(2_600_000));

            assertThat(orders.cancelOrder(buyer, order.orderNo())).isEqualTo(orders.getOrder(buyer, order.orderNo()));
            assertThat(stock.available(EUR_1)).isEqualTo(available);
        }

        @Test
        void when_a_release_fails_the_order_stays_closed_and_cancelling_again_releases() {
            long buyer = 4112;
            OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
            quota.failNextReleases(1);

            assertThatThrownBy(() -> orders.cancelOrder(buyer, order.orderNo()))
                    .isInstanceOfSatisfying(KaolaException.class,
                            e -> assertThat(e.is(CommonError.SERVICE_UNAVAILABLE)).isTrue());
            assertThat(orders.getOrder(buyer, order.orderNo()).status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RESERVED);

            orders.cancelOrder(buyer, order.orderNo());

            assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RELEASED);
            assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RELEASED);
        }

        @Test
        void a_released_order_cannot_be_cancelled_and_another_buyers_order_is_not_found() throws Exception {
            long buyer = 4113;
            OrderView order = orders.placeOrder(request(buyer, line(EUR_1, 1)));
            OrderShard shard = OrderShard.ofBuyer(buyer);
            try (Connection c = physical(shard.database())) {
                c.createStatement().executeUpdate("UPDATE trade_order_" + shard.table()
                        + " SET status = 'CLEARED' WHERE order_no = '" + order.orderNo() + "'");
            }

            assertThatThrownBy(() -> orders.cancelOrder(buyer, order.orderNo()))
                    .isInstanceOfSatisfying(KaolaException.class,
                            e -> assertThat(e.is(OrderError.ALREADY_RELEASED)).isTrue());
            assertThat(quota.reservation(order.orderNo()).status()).isEqualTo(QuotaStatus.RESERVED);
            assertThat(stock.reservation(order.orderNo()).status()).isEqualTo(ReservationStatus.RESERVED);
            assertThatThrownBy(() -> orders.cancelOrder(buyer + 1, order.orderNo()))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.NOT_FOUND)).isTrue());
        }
    }

    @Nested
    class Trial {
        @Test
        void a_trial_returns_every_step_and_the_quota_and_writes_nothing() throws Exception {
            long buyer = 4121;
            LocalDate day = LocalDate.of(2025, 6, 1);

            PriceTrial trial = orders.trialPrice(new PriceTrialRequest(buyer, List.of(line(EUR_1, 2)), day, null));

            assertThat(trial.orderable()).isTrue();
            assertThat(trial.refusalCode()).isNull();
            assertThat(trial.refusalDetails()).isEmpty();
            assertThat(trial.quote().total()).isEqualTo(Money.cny(15_624));
            assertThat(trial.quote().steps()).extracting(s -> s.step()).contains("fx-conversion", "limit-verdict");
            assertThat(trial.quota().year()).isEqualTo(2025);
            assertThat(trial.quota().remaining()).isEqualTo(Money.cny(2_600_000));
            QuoteRequest asked = pricing.requests().get(pricing.requests().size() - 1);
            assertThat(asked.pricingDate()).isEqualTo(day);
            assertNothingWrittenOrHeld(buyer);
        }

        @Test
        void a_trial_for_an_unverified_buyer_is_priced_but_not_orderable_and_shows_no_quota() throws Exception {
            long buyer = 4122;
            identity.unverify(buyer);

            PriceTrial trial = orders.trialPrice(new PriceTrialRequest(buyer, List.of(line(CNY_1, 1)), null, null));

            assertThat(trial.orderable()).isFalse();
            assertThat(trial.refusalCode()).isEqualTo("CROSSBORDER_BUYER_NOT_VERIFIED");
            assertThat(trial.quota()).isNull();
            assertThat(trial.quote().total()).isEqualTo(Money.cny(9_900));
            assertNothingWrittenOrHeld(buyer);
        }

        @Test
        void a_trial_reports_the_refusal_an_order_would_get_with_its_details() throws Exception {
            long buyer = 4123;
            quota.seedUsed(buyer, thisYear(), 2_550_000);

            PriceTrial overAnnual = orders.trialPrice(new PriceTrialRequest(buyer, List.of(line(CNY_1000, 1)), null, null));
            PriceTrial overTransaction = orders.trialPrice(new PriceTrialRequest(buyer,
                    List.of(line(CNY_1000, 5), line(CNY_1, 1)), null, null));
            PriceTrial offTheList = orders.trialPrice(new PriceTrialRequest(buyer, List.of(line(NOT_LISTED, 1)), null, null));

            assertThat(overAnnual.orderable()).isFalse();
            assertThat(overAnnual.refusalCode()).isEqualTo("CROSSBORDER_OVER_ANNUAL_LIMIT");
            assertThat(overAnnual.refusalDetails()).containsEntry("remainingCny", "500.00").containsEntry("amountCny", "1000.00");
            assertThat(overAnnual.quota().used()).isEqualTo(Money.cny(2_550_000));
            assertThat(overTransaction.refusalCode()).isEqualTo("CROSSBORDER_OVER_TRANSACTION_LIMIT");
            assertThat(overTransaction.refusalDetails()).containsEntry("limit", "TRANSACTION").containsEntry("amountCny", "5099.00");
            assertThat(offTheList.refusalCode()).isEqualTo("CROSSBORDER_NOT_ON_POSITIVE_LIST");
            assertThat(offTheList.refusalDetail()).contains(NOT_LISTED);
            assertThat(rowsOfBuyer(buyer)).isZero();
            assertThat(stock.reservationsEndingWith("4123")).isEmpty();
        }

        @Test
        void an_invalid_trial_is_refused() {
            assertThatThrownBy(() -> orders.trialPrice(new PriceTrialRequest(0, List.of(), null, null)))
                    .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.INVALID_ORDER)).isTrue());
        }
    }
}
