package io.kaola.logistics.api;

import java.io.Serializable;
import java.util.List;

/**
 * How the sandbox carrier treats one order's parcel (ops scripting, profile {@code sandbox} only). Every field is
 * optional: null keeps the sandbox's default (kaola.logistics.sandbox.*).
 *
 * @param delayMillis    milliseconds between two pushes (default kaola.logistics.sandbox.delay, 300 ms)
 * @param lose           statuses whose push is never sent (the next push still carries the trace, as real
 *                       carriers push the full trace list; losing DELIVERED leaves the parcel out for delivery)
 * @param exceptionAfter after reaching this status the carrier reports a problem (kdniao 405), then goes on
 * @param refuse         true: the consignee refuses the parcel at the door (404), which is then returned (406)
 *                       instead of delivered
 * @param outOfOrder     true: every second pair of pushes is sent swapped (deterministic)
 * @param repeats        how many times each push is sent, 1..5
 */
public record CarrierScript(Long delayMillis, List<TrackingStatus> lose, TrackingStatus exceptionAfter,
                            Boolean refuse, Boolean outOfOrder, Integer repeats) implements Serializable {
    public CarrierScript {
        lose = lose == null ? List.of() : List.copyOf(lose);
    }
}
