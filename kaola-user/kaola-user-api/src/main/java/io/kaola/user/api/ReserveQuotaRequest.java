package io.kaola.user.api;

import io.kaola.common.money.Money;

import java.io.Serializable;
import java.time.Instant;

/**
 * @param buyerId        the buyer; the quota key is their verified identity number, not the account
 * @param orderNo        the order (idempotency key of the reservation)
 * @param dutiableValue  the order's dutiable value (完税价格: goods after real reductions + freight + insurance), CNY fen
 * @param tax            the order's cross-border tax, CNY fen (counted only if kaola.quota.count-tax=true)
 * @param orderedAt      placement time; its calendar year (Asia/Shanghai) is the quota year
 */
public record ReserveQuotaRequest(long buyerId, String orderNo, Money dutiableValue, Money tax, Instant orderedAt)
        implements Serializable {}
