package io.kaola.order.trade.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.risk.Blocklist;
import io.kaola.common.risk.RiskError;
import io.kaola.common.risk.RiskSubjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.Optional;

/**
 * Risk control at checkout (issue 13 §4), after the buyer's identity is known and before anything is reserved:
 * <ol>
 *   <li>the blocklist: a buyer whose identity key, or an address whose phone, is on it is refused with 403
 *       RISK_BLOCKED;</li>
 *   <li>order anti-spam: the address phone or the identity ordering from more distinct accounts than
 *       {@code order-burst-per-phone} / {@code order-burst-per-identity} allow within their window is refused with 429
 *       RISK_ORDER_BURST.</li>
 * </ol>
 * Each refusal is logged once, masked ({@code RISK blocked rule=... subject=phone:138******00}), and counted. When
 * the counters (Redis) do not answer, the anti-spam rule lets the order through with a WARN: checkout stays up
 * (every other step of it is protected by its own service), the blocklist still applies.
 */
@Service
public class OrderRiskCheck {
    private static final Logger log = LoggerFactory.getLogger(OrderRiskCheck.class);

    private final OrderRiskPorts.RiskRules rules;
    private final OrderRiskPorts.BurstCounter counter;
    private final OrderRiskPorts.RiskBlockLog blocks;
    private final Clock clock;

    public OrderRiskCheck(OrderRiskPorts.RiskRules rules, OrderRiskPorts.BurstCounter counter,
                          OrderRiskPorts.RiskBlockLog blocks, Clock clock) {
        this.rules = rules;
        this.counter = counter;
        this.blocks = blocks;
        this.clock = clock;
    }

    /**
     * @param buyerId     the account placing the order
     * @param identityKey the buyer's identity key (kaola-user's blind index)
     * @param phone       the address phone
     * @throws KaolaException RISK_BLOCKED (403), RISK_ORDER_BURST (429); nothing is reserved yet
     */
    public void check(long buyerId, String identityKey, String phone) {
        Blocklist.Compiled list = rules.blocklist();
        if (list.blocksIdentityKey(identityKey)) {
            blocks.blocked("blocklist.identity", RiskSubjects.identityKey(identityKey) + " " + RiskSubjects.user(buyerId));
            throw blocked();
        }
        if (list.blocksPhone(phone)) {
            blocks.blocked("blocklist.phone", RiskSubjects.phone(phone) + " " + RiskSubjects.user(buyerId));
            throw blocked();
        }
        if (!rules.burstEnabled()) return;
        Optional<String> refused;
        try {
            refused = counter.admit(buyerId, phone, rules.perPhone(), identityKey, rules.perIdentity(), clock.instant());
        } catch (KaolaException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("order anti-spam counters unavailable, order of buyer {} let through: {}", buyerId, e.toString());
            return;
        }
        if (refused.isEmpty()) return;
        if (refused.get().equals("phone")) {
            blocks.blocked("order-burst.phone", RiskSubjects.phone(phone) + " " + RiskSubjects.user(buyerId));
        } else {
            blocks.blocked("order-burst.identity", RiskSubjects.identityKey(identityKey) + " " + RiskSubjects.user(buyerId));
        }
        throw RiskError.ORDER_BURST.exception("too many accounts have ordered for this phone or identity recently; "
                + "try again later or contact customer service");
    }

    private static KaolaException blocked() {
        return RiskError.BLOCKED.exception("this order was refused by risk control; contact customer service if you think this is a mistake");
    }
}
