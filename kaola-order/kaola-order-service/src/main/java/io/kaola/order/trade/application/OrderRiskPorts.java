package io.kaola.order.trade.application;

import io.kaola.common.risk.Blocklist;
import io.kaola.order.trade.domain.OrderBurstRule;

import java.time.Instant;
import java.util.Optional;

/** What order risk control ({@link OrderRiskCheck}) needs from outside (ports; implemented in trade/infrastructure). */
public final class OrderRiskPorts {
    private OrderRiskPorts() { }

    /** The rules now, from the governance tree (blocklist, live overrides) and the configuration (defaults). */
    public interface RiskRules {
        /** @return false turns the anti-spam counters off (kaola.order.risk.enabled); the blocklist always applies */
        boolean burstEnabled();

        Blocklist.Compiled blocklist();

        OrderBurstRule perPhone();

        OrderBurstRule perIdentity();
    }

    /** The distinct-account counters, shared by every kaola-order instance (Redis). */
    public interface BurstCounter {
        /**
         * Atomically: admits the order and counts its buyer against both subjects, or refuses it and counts nothing.
         *
         * @return empty when admitted, else the subject that refused it: "phone" or "identity"
         * @throws RuntimeException when the counters do not answer
         */
        Optional<String> admit(long buyerId, String phone, OrderBurstRule perPhone, String identityKey,
                               OrderBurstRule perIdentity, Instant now);
    }

    /** Counts and logs a block (one {@code RISK blocked rule=... subject=...} line; the per-rule count in Redis). */
    public interface RiskBlockLog {
        void blocked(String rule, String maskedSubject);
    }
}
