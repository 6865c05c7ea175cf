package io.kaola.gateway.grey;

import io.kaola.common.error.CommonError;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A grey release of one service (docs/governance.md, "Grey release"; ADR 0025): the users in its group have the
 * gateway's calls to that service carry the Dubbo tag {@code tag}, so Dubbo's tag router sends them to the instances
 * started with that tag ({@code dubbo.provider.tag}, {@code ./kaola up --beta <service>}). Everyone else stays on the
 * untagged instances. Stored as JSON at {@code grey-release/<service>} in the governance tree.
 *
 * <p>A user is in the group when listed in {@code userIds}, or when their {@link #bucket bucket} (0..99, a stable
 * hash of the service and the user id, the same on every gateway instance and after restarts) is below
 * {@code percentage}. Raising the percentage only adds users: whoever was in at 10 % is still in at 20 %.
 *
 * @param service    the Kaola service, e.g. {@code kaola-pricing}
 * @param tag        the Dubbo tag of its grey instances, e.g. {@code beta}
 * @param userIds    users always in the group (at most {@value #MAX_USER_IDS})
 * @param percentage 0..100: the share of all users in the group by their bucket
 */
public record GreyRelease(String service, String tag, List<Long> userIds, int percentage) {
    /** The services the gateway calls, each as its application name. */
    public static final Set<String> SERVICES = Set.of("kaola-user", "kaola-product", "kaola-inventory", "kaola-pricing",
            "kaola-order", "kaola-payment", "kaola-logistics", "kaola-customs", "kaola-promotion");
    /** At most this many listed users per rule (a larger group is a percentage). */
    public static final int MAX_USER_IDS = 1000;
    /** A Dubbo tag: lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most 32. */
    public static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
    /** Where the rules live in the governance tree. */
    public static final String TREE = "grey-release";

    public GreyRelease {
        userIds = userIds == null ? List.of() : userIds.stream().distinct().sorted().toList();
    }

    /**
     * @return this rule, checked
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST naming what is wrong
     */
    public GreyRelease validated() {
        if (service == null || !SERVICES.contains(service)) {
            throw CommonError.INVALID_REQUEST.exception("service must be one of " + SERVICES.stream().sorted().toList()
                    + ", got " + service);
        }
        if (tag == null || !TAG.matcher(tag).matches()) {
            throw CommonError.INVALID_REQUEST.exception("tag must match " + TAG.pattern() + " (e.g. beta), got " + tag);
        }
        if (percentage < 0 || percentage > 100) {
            throw CommonError.INVALID_REQUEST.exception("percentage must be 0..100, got " + percentage);
        }
        if (userIds.size() > MAX_USER_IDS) {
            throw CommonError.INVALID_REQUEST.exception("at most " + MAX_USER_IDS + " userIds per rule (got "
                    + userIds.size() + "); use a percentage for a larger group");
        }
        for (Long id : userIds) {
            if (id == null || id <= 0) throw CommonError.INVALID_REQUEST.exception("userIds must be positive, got " + id);
        }
        return this;
    }

    /** @return true when this user's calls to {@link #service} carry {@link #tag} */
    public boolean includes(long userId) {
        return userIds.contains(userId) || bucket(service, userId) < percentage;
    }

    /**
     * @return the user's bucket for this service, 0..99: SplitMix64's finaliser over the user id mixed with the
     *         service name's {@link String#hashCode} (both fixed by the Java language), so every instance agrees
     */
    public static int bucket(String service, long userId) {
        long z = userId ^ (service.hashCode() * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (int) Math.floorMod(z, 100L);
    }

    /**
     * @param apiInterface a Dubbo interface, e.g. {@code io.kaola.pricing.api.PricingService}
     * @return its service, {@code kaola-pricing}, from its package {@code io.kaola.<svc>.api}; null for any other
     */
    public static String serviceOf(String apiInterface) {
        if (!apiInterface.startsWith("io.kaola.")) return null;
        int dot = apiInterface.indexOf('.', "io.kaola.".length());
        if (dot < 0 || !apiInterface.startsWith(".api.", dot)) return null;
        String service = "kaola-" + apiInterface.substring("io.kaola.".length(), dot);
        return SERVICES.contains(service) ? service : null;
    }
}
