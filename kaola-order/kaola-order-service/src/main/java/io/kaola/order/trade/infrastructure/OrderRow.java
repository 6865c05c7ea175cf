package io.kaola.order.trade.infrastructure;

import io.kaola.order.api.OrderStatus;

import java.time.Instant;

/**
 * One trade_order_N row, as MyBatis reads and writes it (columns map by name, snake_case to camelCase).
 * The buyer columns, dutiableMinor and limitVerdict are null on rows placed before real-name checks;
 * requestFingerprint is null on rows placed before V3 (RequestFingerprint); the status times (V4, V5) are null until
 * the order enters that status.
 */
public record OrderRow(String orderNo, long buyerId, String buyerName, String buyerIdMasked, String buyerIdentityKey,
                       OrderStatus status, String idempotencyKey, String requestFingerprint,
                       long goodsMinor, long discountMinor, long shippingMinor, long taxMinor, Long dutiableMinor,
                       String limitVerdict, long totalMinor, String currency, int lineCount, String priceJson,
                       String consignee, String phone, String province, String city, String district, String detail,
                       Instant createdAt, Instant paidAt, String paymentNo, int version, String payTransactionId,
                       Instant declaredAt, Instant clearedAt, Instant shippedAt, Instant deliveredAt,
                       Instant completedAt, Instant closedAt, Instant rejectedAt, String statusReason,
                       Instant refundingAt, Instant refundedAt) {}
