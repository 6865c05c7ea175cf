package io.kaola.logistics.carrier.application;

import io.kaola.logistics.api.LogisticsError;
import io.kaola.logistics.config.LogisticsProperties;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configured carriers, by code; new waybills go to {@code kaola.logistics.carrier} (or the only one). */
@Component
public class Carriers {
    private final Map<String, CarrierAdapter> byCode;
    private final String defaultCode;

    public Carriers(List<CarrierAdapter> adapters, LogisticsProperties properties) {
        this.byCode = adapters.stream().collect(Collectors.toUnmodifiableMap(CarrierAdapter::code, Function.identity()));
        String configured = properties.carrier();
        if (configured != null && !configured.isBlank()) {
            if (!byCode.containsKey(configured)) {
                throw new IllegalStateException("kaola.logistics.carrier=" + configured + " is not configured; known: "
                        + byCode.keySet());
            }
            this.defaultCode = configured;
        } else if (byCode.size() == 1) {
            this.defaultCode = byCode.keySet().iterator().next();
        } else {
            throw new IllegalStateException("several carriers " + byCode.keySet() + ": set kaola.logistics.carrier"
                    + " (KAOLA_LOGISTICS_CARRIER)");
        }
    }

    /**
     * @param code a carrier code, e.g. from the callback path
     * @throws io.kaola.common.error.KaolaException LOGISTICS_UNKNOWN_CARRIER
     */
    public CarrierAdapter byCode(String code) {
        CarrierAdapter adapter = code == null ? null : byCode.get(code);
        if (adapter == null) throw LogisticsError.UNKNOWN_CARRIER.exception("no carrier '" + code + "' is configured");
        return adapter;
    }

    /** @return the carrier new waybills are requested from */
    public CarrierAdapter defaultCarrier() { return byCode.get(defaultCode); }
}
