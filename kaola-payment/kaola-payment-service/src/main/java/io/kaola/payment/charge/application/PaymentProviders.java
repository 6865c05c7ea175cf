package io.kaola.payment.charge.application;

import io.kaola.payment.config.PaymentProperties;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The payment providers this instance is configured with (every {@link PaymentProviderAdapter} bean) and the one
 * new payments go to: {@code kaola.payment.provider}, or the only one configured. The start fails when none is
 * configured (a guard in infrastructure stops it before any bean is made), when two adapters claim
 * one name, or when several are configured and none is chosen.
 */
@Component
public class PaymentProviders {
    private final Map<String, PaymentProviderAdapter> byName = new TreeMap<>();
    private final PaymentProviderAdapter forNewPayments;

    /** @throws IllegalStateException (the start fails) on no adapter, a duplicate name or an ambiguous choice */
    public PaymentProviders(List<PaymentProviderAdapter> adapters, PaymentProperties properties) {
        for (PaymentProviderAdapter adapter : adapters) {
            if (byName.putIfAbsent(adapter.provider(), adapter) != null) {
                throw new IllegalStateException("kaola-payment: two payment provider adapters are named "
                        + adapter.provider());
            }
        }
        if (byName.isEmpty()) throw new IllegalStateException(PaymentProviderAdapter.NO_PROVIDER_MESSAGE);
        String chosen = properties.provider();
        if (chosen == null || chosen.isBlank()) {
            if (byName.size() > 1) {
                throw new IllegalStateException("kaola-payment: several payment providers are configured "
                        + byName.keySet() + "; choose the one for new payments with kaola.payment.provider"
                        + " (KAOLA_PAYMENT_PROVIDER)");
            }
            forNewPayments = byName.values().iterator().next();
        } else {
            forNewPayments = Optional.ofNullable(byName.get(chosen)).orElseThrow(() -> new IllegalStateException(
                    "kaola-payment: kaola.payment.provider=" + chosen + " but only " + byName.keySet()
                            + " are configured"));
        }
    }

    /** @return the adapter of the provider named {@code provider}, empty when not configured here */
    public Optional<PaymentProviderAdapter> find(String provider) {
        return Optional.ofNullable(provider == null ? null : byName.get(provider));
    }

    /** @return every configured adapter, by name (reconciliation asks each for its statement) */
    public Collection<PaymentProviderAdapter> all() { return Collections.unmodifiableCollection(byName.values()); }

    /** @return the adapter new payments are opened with */
    public PaymentProviderAdapter forNewPayments() { return forNewPayments; }
}
