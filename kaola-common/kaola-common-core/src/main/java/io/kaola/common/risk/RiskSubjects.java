package io.kaola.common.risk;

/**
 * How a risk rule names what it blocked in its log line ({@code RISK blocked rule=... subject=...}): never a full
 * phone or identity number, and not a whole identity key either (it is a stable pseudonym of a person).
 */
public final class RiskSubjects {
    private RiskSubjects() { }

    /** @return {@code phone:138******00} (first 3 and last 2 digits) */
    public static String phone(String phone) {
        if (phone == null) return "phone:null";
        if (phone.length() <= 5) return "phone:" + "*".repeat(phone.length());
        return "phone:" + phone.substring(0, 3) + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 2);
    }

    /** @return {@code identity:1a2b3c4d…} (the first 8 hex digits of the keyed hash) */
    public static String identityKey(String identityKey) {
        if (identityKey == null) return "identity:null";
        return "identity:" + identityKey.substring(0, Math.min(8, identityKey.length())) + "…";
    }

    /** @return {@code user:42} (an internal id, not personal data by itself) */
    public static String user(long userId) { return "user:" + userId; }

    /** @return {@code ip:192.0.2.x} (IPv4: last octet hidden) or {@code ip:2001:db8:0:0:…} (IPv6: first 4 groups) */
    public static String ip(String ip) {
        if (ip == null) return "ip:null";
        if (ip.indexOf(':') >= 0) {
            String[] groups = ip.split(":", -1);
            StringBuilder out = new StringBuilder("ip:");
            for (int i = 0; i < Math.min(4, groups.length); i++) out.append(groups[i]).append(':');
            return out.append('…').toString();
        }
        int dot = ip.lastIndexOf('.');
        return dot < 0 ? "ip:?" : "ip:" + ip.substring(0, dot) + ".x";
    }
}
