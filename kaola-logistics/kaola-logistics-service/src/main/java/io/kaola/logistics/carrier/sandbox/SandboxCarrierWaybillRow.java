package io.kaola.logistics.carrier.sandbox;

import java.time.Instant;

/** A row of sandbox_carrier_waybill: a waybill the sandbox carrier issued. */
public record SandboxCarrierWaybillRow(String orderNo, String logisticsNo, String city, Instant createdAt,
                                       Instant shippedAt) {}
