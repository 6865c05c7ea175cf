package io.kaola.common.boot.governance;

import java.util.List;
import java.util.Optional;

/**
 * A feature switch ops turn on or off at runtime (统一配置, issue 13 §2), read by the service that owns it.
 * Every switch there is is listed in {@link #ALL}: ops cannot create one by mistake, and a newcomer finds each
 * switch, its owner and its default here.
 *
 * @param name      the stable name, e.g. {@code checkout.enabled}; the ZooKeeper node is {@code switches/<name>}
 * @param owner     the application that reads it
 * @param defaultOn its value while ops never set it
 * @param effect    what turning it off (or on) does, for the admin API and docs/governance.md
 */
public record FeatureSwitch(String name, String owner, boolean defaultOn, String effect) {

    /** Shoppers can place orders; off: {@code POST /api/orders} answers 503 CHECKOUT_DISABLED (refused clearly). */
    public static final FeatureSwitch CHECKOUT_ENABLED = new FeatureSwitch("checkout.enabled", "kaola-gateway", true,
            "off: placing an order is refused with 503 COMMON_FEATURE_DISABLED; carts, browsing and payment of placed orders go on");
    /** Flash sales take attempts; off: the flash-sale attempt endpoints answer 503. */
    public static final FeatureSwitch SECKILL_ENABLED = new FeatureSwitch("seckill.enabled", "kaola-gateway", true,
            "off: flash-sale tokens and attempts are refused with 503 COMMON_FEATURE_DISABLED; orders already admitted go on");
    /** Search answers from the plain product query, flagged degraded (the seeds' 搜索容灾). */
    public static final FeatureSwitch SEARCH_DEGRADED = new FeatureSwitch("search.degraded", "kaola-gateway", false,
            "on: search and recommendations answer from the plain product list, flagged degraded; kaola-search is not called");
    /** Gateway flow control by Sentinel; off only to measure its cost (bench/). */
    public static final FeatureSwitch SENTINEL_ENABLED = new FeatureSwitch("sentinel.enabled", "kaola-gateway", true,
            "off: the gateway's Sentinel flow, hot-parameter and system rules are not checked (benchmarks only)");

    /** Every switch. */
    public static final List<FeatureSwitch> ALL = List.of(CHECKOUT_ENABLED, SECKILL_ENABLED, SEARCH_DEGRADED, SENTINEL_ENABLED);

    /** @return the switch of that name, or empty when there is none */
    public static Optional<FeatureSwitch> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The node of this switch under {@link GovernanceStore#ROOT}. */
    public String path() {
        return "switches/" + name;
    }
}
