package io.kaola.order.trade.infrastructure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One trade_order_item_N row: a priced line, queryable without parsing price_json.
 * Amounts in minor units; {@code currency} is the order currency (CNY), {@code supplierCurrency} the SKU's.
 * tariff + consumption tax + VAT = tax (the CEB816 per-line components).
 */
public record OrderItemRow(String orderNo, long buyerId, int lineNo, String skuCode, String taxCategoryCode,
                           int quantity, long supplierUnitMinor, String supplierCurrency,
                           BigDecimal fxRate, LocalDate fxRateDate, String fxSource,
                           long unitPriceMinor, long goodsMinor, long discountMinor, long shippingMinor,
                           long dutiableMinor, long tariffMinor, long consumptionTaxMinor, long vatMinor,
                           long taxMinor, long totalMinor, String currency) {}
