package io.kaola.logistics.carrier.sandbox;

import java.time.Instant;

/** A row of sandbox_carrier_return: a return pickup the sandbox carrier booked (one per return id). */
public record SandboxCarrierReturnRow(String returnId, String orderNo, String logisticsNo, String city,
                                      Instant bookedAt) {}
