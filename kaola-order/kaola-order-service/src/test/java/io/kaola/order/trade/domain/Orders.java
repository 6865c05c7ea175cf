package io.kaola.order.trade.domain;

import io.kaola.common.money.Money;
import io.kaola.order.api.ShippingAddress;
import io.kaola.pricing.api.FxRateView;
import io.kaola.pricing.api.PriceQuote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test fixtures. */
final class Orders {
    static final ShippingAddress ADDRESS = new ShippingAddress("张三", "13800138000", "浙江省", "杭州市", "西湖区", "文三路 1 号");
    static final OrderBuyer BUYER = new OrderBuyer("张三", "1101**********002X", "ab".repeat(32));

    private Orders() {}

    /** One line: 2 × 10.00 EUR at 7.8123 = 2 × 78.12 CNY. */
    static PriceQuote quoteOf15624Fen() {
        FxRateView eur = new FxRateView("EUR", "CNY", new BigDecimal("7.812300"), LocalDate.of(2025, 1, 2), "test");
        Money unit = Money.cny(7812);
        Money goods = Money.cny(15624);
        Money zero = Money.cny(0);
        return new PriceQuote(List.of(new PriceQuote.LineQuote("SKU-1", 2, new Money(1000, "EUR"), eur, unit, goods,
                zero, zero, zero, goods)), goods, zero, zero, zero, goods, List.of(eur));
    }

    static Order anUnpaidOrder() {
        return Order.place("7341051200042", 42, "key-1", quoteOf15624Fen(), ADDRESS, BUYER, Instant.parse("2025-01-02T03:04:05Z"));
    }
}
