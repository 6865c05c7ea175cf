package io.kaola.order.trade.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.governance.GovernanceStore;
import io.kaola.common.risk.Blocklist;
import io.kaola.order.config.OrderRiskProperties;
import io.kaola.order.trade.application.OrderRiskPorts;
import io.kaola.order.trade.domain.OrderBurstRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * The risk rules from the governance tree, recompiled on every change (ZooKeeper watch): the blocklist
 * ({@code blocklist}) and the live overrides {@code limits/order-burst-per-phone} and
 * {@code limits/order-burst-per-identity} ({@code {"permits":n,"window":"PT1H"}}, permits = distinct accounts), else
 * the defaults of kaola.order.risk.*. A document that does not parse keeps the previous value (logged). Without the
 * governance tree (kaola.governance.enabled=false): no blocklist, the defaults.
 */
@Component
public class GovernanceRiskRules implements OrderRiskPorts.RiskRules {
    static final String BLOCKLIST = "blocklist";
    static final String PER_PHONE = "limits/order-burst-per-phone";
    static final String PER_IDENTITY = "limits/order-burst-per-identity";

    private static final Logger log = LoggerFactory.getLogger(GovernanceRiskRules.class);

    private final GovernanceStore store;
    private final ObjectMapper json;
    private final OrderRiskProperties properties;
    private final OrderBurstRule defaultPerPhone;
    private final OrderBurstRule defaultPerIdentity;
    private volatile Blocklist.Compiled blocklist = Blocklist.EMPTY.compile();
    private volatile OrderBurstRule perPhone;
    private volatile OrderBurstRule perIdentity;

    public GovernanceRiskRules(ObjectProvider<GovernanceStore> store, ObjectMapper json, OrderRiskProperties properties) {
        this.store = store.getIfAvailable();
        this.json = json;
        this.properties = properties;
        this.defaultPerPhone = new OrderBurstRule(properties.burstPerPhone().permits(), properties.burstPerPhone().window());
        this.defaultPerIdentity = new OrderBurstRule(properties.burstPerIdentity().permits(), properties.burstPerIdentity().window());
        this.perPhone = defaultPerPhone;
        this.perIdentity = defaultPerIdentity;
        if (this.store != null) {
            this.store.onChange(BLOCKLIST, path -> { if (path.equals(BLOCKLIST)) reloadBlocklist(); });
            this.store.onChange("limits/order-burst-", path -> reloadRules());
            reloadBlocklist();
            reloadRules();
        }
    }

    @Override public boolean burstEnabled() { return properties.enabled(); }
    @Override public Blocklist.Compiled blocklist() { return blocklist; }
    @Override public OrderBurstRule perPhone() { return perPhone; }
    @Override public OrderBurstRule perIdentity() { return perIdentity; }

    private void reloadBlocklist() {
        try {
            Optional<String> doc = store.read(BLOCKLIST);
            blocklist = (doc.isEmpty() ? Blocklist.EMPTY : json.readValue(doc.get(), Blocklist.class)).compile();
        } catch (Exception e) {
            log.error("the blocklist in ZooKeeper does not parse; keeping the previous one: {}", e.getMessage());
        }
    }

    private void reloadRules() {
        perPhone = rule(PER_PHONE, defaultPerPhone);
        perIdentity = rule(PER_IDENTITY, defaultPerIdentity);
        log.info("order anti-spam: per phone {} accounts per {}, per identity {} accounts per {}", perPhone.maxAccounts(),
                perPhone.window(), perIdentity.maxAccounts(), perIdentity.window());
    }

    private OrderBurstRule rule(String path, OrderBurstRule fallback) {
        Optional<String> doc = store.read(path);
        if (doc.isEmpty()) return fallback;
        try {
            JsonNode n = json.readTree(doc.get());
            return new OrderBurstRule(n.path("permits").intValue(), Duration.parse(n.path("window").asText()));
        } catch (Exception e) {
            log.error("{} in ZooKeeper does not parse; the default applies: {}", path, e.getMessage());
            return fallback;
        }
    }
}
