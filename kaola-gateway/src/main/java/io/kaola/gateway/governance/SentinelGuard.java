package io.kaola.gateway.governance;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.Tracer;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import io.kaola.common.boot.governance.FeatureSwitch;
import io.kaola.common.boot.governance.FeatureSwitches;
import io.kaola.common.error.CommonError;
import io.kaola.gateway.auth.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentinel at the gateway (issue 13 §1), after authentication so that the caller is known:
 * <ol>
 *   <li>feature switches the gateway owns: {@code checkout.enabled} (POST /api/orders) and {@code seckill.enabled}
 *       (flash-sale tokens and attempts) → 503 {@code COMMON_FEATURE_DISABLED} when off;</li>
 *   <li>the request's resource group ({@link ResourceGroups}), entered as {@link EntryType#IN}: flow rules per
 *       group, and the system rule, which counts IN entries only;</li>
 *   <li>hot-parameter resources, entered as {@link EntryType#OUT} with the parameter as argument 0 (so the system
 *       rule counts a request once): checkout per user id (Long) and per client IP (String), login per client IP,
 *       flash-sale tokens and attempts per sale id (Long). Product detail enters only its group, {@code browse},
 *       with the SPU id (Long) as argument 0, so the per-SPU hot-parameter rule targets {@code browse}: one entry
 *       per product view, the gateway's hottest call (two entries cost 15% of its throughput, one about half that;
 *       bench/README.md). Other browse calls carry no argument, which a parameter rule passes.</li>
 * </ol>
 * A block is thrown as the refusal of {@link SentinelBlocks} (429 or 503 problem+json with Retry-After).
 * {@code sentinel.enabled} off skips 2 and 3 (benchmarks). Rules come from ZooKeeper
 * ({@code sentinel/kaola-gateway/*}, seeded from {@code src/main/resources/sentinel/*.json}).
 */
public class SentinelGuard implements HandlerInterceptor {
    private static final String ENTRIES = SentinelGuard.class.getName() + ".entries";
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final FeatureSwitches switches;
    private final ConcurrentHashMap<String, Plan> plans = new ConcurrentHashMap<>();

    /** @param switches the feature switches, or null when the governance tree is off (every switch at its default) */
    public SentinelGuard(FeatureSwitches switches) {
        this.switches = switches;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String method = request.getMethod();
        Plan plan = plan(request, method, request.getRequestURI().substring(request.getContextPath().length()));
        if (plan.hot() == Hot.CHECKOUT && !on(FeatureSwitch.CHECKOUT_ENABLED)) {
            throw CommonError.FEATURE_DISABLED.exception("placing orders is turned off for now; try again later")
                    .with("switch", FeatureSwitch.CHECKOUT_ENABLED.name()).with("retryAfterSeconds", 60);
        }
        if (plan.hot() == Hot.SECKILL && !on(FeatureSwitch.SECKILL_ENABLED)) {
            throw CommonError.FEATURE_DISABLED.exception("flash sales are turned off for now; try again later")
                    .with("switch", FeatureSwitch.SECKILL_ENABLED.name()).with("retryAfterSeconds", 60);
        }
        if (!on(FeatureSwitch.SENTINEL_ENABLED)) return true;

        Deque<Entry> entries = new ArrayDeque<>(3);
        request.setAttribute(ENTRIES, entries);
        if (plan.hot() == Hot.PRODUCT_DETAIL) {
            // one entry per product view: the SPU id is browse's argument 0, the per-SPU rule targets browse itself
            enter(entries, plan.group(), EntryType.IN, number(request, "spuId"));
            return true;
        }
        enter(entries, plan.group(), EntryType.IN, null);
        switch (plan.hot()) {
            case CHECKOUT -> {
                Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
                if (caller != null) enter(entries, ResourceGroups.CHECKOUT_BY_USER, EntryType.OUT, caller.userId());
                enter(entries, ResourceGroups.CHECKOUT_BY_IP, EntryType.OUT, request.getRemoteAddr());
            }
            case LOGIN -> enter(entries, ResourceGroups.LOGIN_BY_IP, EntryType.OUT, request.getRemoteAddr());
            case SECKILL -> {
                Long sale = number(request, "id");
                if (sale != null) enter(entries, ResourceGroups.SECKILL_BY_SALE, EntryType.OUT, sale);
            }
            case NONE, PRODUCT_DETAIL -> { }
        }
        return true;
    }

    /** The hot-parameter resources (and the switch) an API has besides its group. */
    enum Hot { NONE, CHECKOUT, LOGIN, PRODUCT_DETAIL, SECKILL }

    /** What the guard enters for one API: its resource group and its hot-parameter kind. */
    record Plan(String group, Hot hot) { }

    /**
     * The plan of this request, worked out once per (method, handler pattern) and then a map lookup: matching the
     * path against the {@link ResourceGroups} table on every request cost about a tenth of product detail's
     * throughput (bench/README.md, Sentinel stage). Requests without a handler pattern, or with a catch-all one
     * ({@code **}, e.g. a 404), are matched each time, so an unbounded set of paths never enters the map.
     */
    Plan plan(HttpServletRequest request, String method, String path) {
        Object best = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (!(best instanceof String pattern) || pattern.contains("**")) return planFor(method, path);
        return plans.computeIfAbsent(method + ' ' + pattern, k -> planFor(method, path));
    }

    /** @return the plan of one concrete request path, from the route table */
    static Plan planFor(String method, String path) {
        Hot hot = Hot.NONE;
        if (method.equals("POST") && path.equals("/api/orders")) hot = Hot.CHECKOUT;
        else if (method.equals("POST") && (PATHS.match("/api/flash-sales/*/tokens", path)
                || PATHS.match("/api/flash-sales/*/attempts", path))) hot = Hot.SECKILL;
        else if (method.equals("POST") && path.equals("/api/auth/login")) hot = Hot.LOGIN;
        else if (method.equals("GET") && PATHS.match("/api/products/*", path)) hot = Hot.PRODUCT_DETAIL;
        return new Plan(ResourceGroups.of(method, path), hot);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        exit(request, ex);
    }

    private static void enter(Deque<Entry> entries, String resource, EntryType type, Object arg) {
        try {
            entries.push(arg == null ? SphU.entry(resource, type) : SphU.entry(resource, type, 1, arg));
        } catch (BlockException e) {
            exitAll(entries, null);
            throw SentinelBlocks.refusal(e, resource);
        }
    }

    @SuppressWarnings("unchecked")
    private static void exit(HttpServletRequest request, Exception ex) {
        Object entries = request.getAttribute(ENTRIES);
        if (entries instanceof Deque<?> d) {
            exitAll((Deque<Entry>) d, ex);
            request.removeAttribute(ENTRIES);
        }
    }

    private static void exitAll(Deque<Entry> entries, Exception ex) {
        Entry e;
        while ((e = entries.poll()) != null) {
            if (ex != null) Tracer.traceEntry(ex, e);
            e.exit();
        }
    }

    private boolean on(FeatureSwitch s) {
        return switches == null ? s.defaultOn() : switches.isOn(s);
    }

    @SuppressWarnings("unchecked")
    private static Long number(HttpServletRequest request, String variable) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(vars instanceof Map<?, ?> m)) return null;
        Object v = ((Map<String, String>) m).get(variable);
        try {
            return v == null ? null : Long.valueOf(v.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
