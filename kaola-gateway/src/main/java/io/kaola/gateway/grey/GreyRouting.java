package io.kaola.gateway.grey;

import java.util.Map;

/**
 * The grey tags of the request this thread serves: service → Dubbo tag, decided once per request by
 * {@link GreyRoutingInterceptor} from the caller and the rules, read by {@link GreyTagClusterFilter} on every Dubbo
 * call the request makes. Empty outside a request and for callers in no group. The gateway calls its providers on
 * the request thread; a call made on another thread carries no tag (it goes to the untagged instances).
 */
public final class GreyRouting {
    private static final ThreadLocal<Map<String, String>> TAGS = new ThreadLocal<>();

    private GreyRouting() {}

    /** @param tags service → tag for the current request (empty: none) */
    static void set(Map<String, String> tags) {
        if (tags.isEmpty()) TAGS.remove();
        else TAGS.set(Map.copyOf(tags));
    }

    static void clear() { TAGS.remove(); }

    /**
     * @param service e.g. {@code kaola-product}
     * @return the tag this request's calls to it carry, or null
     */
    public static String tagFor(String service) {
        Map<String, String> tags = TAGS.get();
        return tags == null ? null : tags.get(service);
    }
}
