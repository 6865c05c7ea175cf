package io.kaola.logistics.carrier.sandbox;

import io.kaola.logistics.api.CarrierScript;
import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.config.SandboxCarrierProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Ops scripts of the sandbox carrier, per order, in memory (lost when the sandbox restarts). */
@Component
@Profile("sandbox")
public class SandboxScripts {
    static final long MAX_DELAY_MILLIS = Duration.ofMinutes(10).toMillis();

    private final SandboxCarrierProperties defaults;
    private final Map<String, CarrierScript> scripts = new ConcurrentHashMap<>();

    public SandboxScripts(SandboxCarrierProperties defaults) { this.defaults = defaults; }

    /**
     * Replaces the order's script.
     * @return the script in force, defaults filled in
     * @throws io.kaola.common.error.KaolaException LOGISTICS_INVALID_SCRIPT
     */
    public CarrierScript set(String orderNo, CarrierScript script) {
        if (orderNo == null || orderNo.isBlank()) throw LogisticsError.INVALID_SCRIPT.exception("an order number is required");
        CarrierScript s = script == null ? new CarrierScript(null, null, null, null, null, null) : script;
        if (s.delayMillis() != null && (s.delayMillis() < 0 || s.delayMillis() > MAX_DELAY_MILLIS)) {
            throw LogisticsError.INVALID_SCRIPT.exception("delayMillis must be 0.." + MAX_DELAY_MILLIS);
        }
        if (s.repeats() != null && (s.repeats() < 1 || s.repeats() > 5)) {
            throw LogisticsError.INVALID_SCRIPT.exception("repeats must be 1..5");
        }
        if (s.exceptionAfter() != null && !SandboxJourney.EXCEPTION_AFTER.contains(s.exceptionAfter())) {
            throw LogisticsError.INVALID_SCRIPT.exception("exceptionAfter must be one of " + SandboxJourney.EXCEPTION_AFTER);
        }
        scripts.put(orderNo, s);
        return effective(orderNo);
    }

    /** @return the order's script with defaults filled in (only exceptionAfter may be null) */
    public CarrierScript effective(String orderNo) {
        CarrierScript s = scripts.get(orderNo);
        if (s == null) s = new CarrierScript(null, null, null, null, null, null);
        return new CarrierScript(
                s.delayMillis() != null ? s.delayMillis() : defaults.delay().toMillis(),
                s.lose() == null ? List.of() : s.lose(),
                s.exceptionAfter(),
                s.refuse() != null && s.refuse(),
                s.outOfOrder() != null ? s.outOfOrder() : defaults.outOfOrder(),
                s.repeats() != null ? s.repeats() : defaults.repeats());
    }
}
