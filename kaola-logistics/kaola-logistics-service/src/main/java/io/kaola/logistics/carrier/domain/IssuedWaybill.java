package io.kaola.logistics.carrier.domain;

import java.time.Instant;

/**
 * A waybill as the carrier issued it.
 *
 * @param logisticsCode the carrier's customs registration code (CEB511 logisticsCode)
 * @param logisticsName the carrier's registered name
 * @param logisticsNo   the waybill number (unique for 6 months, cross-border.md §4.3)
 * @param issuedAt      when it was issued
 */
public record IssuedWaybill(String logisticsCode, String logisticsName, String logisticsNo, Instant issuedAt) {}
