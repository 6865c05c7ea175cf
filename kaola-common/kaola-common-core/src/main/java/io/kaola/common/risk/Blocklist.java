package io.kaola.common.risk;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The blocklist ops edit at runtime (issue 13 §4), the governance document {@code blocklist}:
 * {@code {"userIds":[..], "ips":[..], "identityKeys":[..], "phones":[..]}}. The gateway refuses blocked user ids and
 * client IPs before any service is asked; kaola-order refuses an order whose buyer's identity key or address phone is
 * blocked (docs/governance.md#risk-control).
 *
 * @param userIds      user ids (positive)
 * @param ips          IPv4 or IPv6 addresses, or CIDR ranges ({@code 203.0.113.0/24}, {@code 2001:db8::/32})
 * @param identityKeys identity keys: the HMAC-SHA256 blind index of an identity number (64 hex digits) as kaola-user
 *                     computes it and orders carry it (trade_order.identity_key), never the number itself
 * @param phones       mainland mobile numbers, 11 digits, as on an address
 */
public record Blocklist(List<Long> userIds, List<String> ips, List<String> identityKeys, List<String> phones) {
    /** At most this many user ids. */
    public static final int MAX_USER_IDS = 10_000;
    /** At most this many addresses and ranges. */
    public static final int MAX_IPS = 2_000;
    /** At most this many identity keys. */
    public static final int MAX_IDENTITY_KEYS = 5_000;
    /** At most this many phones. */
    public static final int MAX_PHONES = 5_000;

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");
    private static final Pattern IDENTITY_KEY = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PHONE = Pattern.compile("[0-9]{11}");

    /** The empty list: nothing is blocked. */
    public static final Blocklist EMPTY = new Blocklist(List.of(), List.of(), List.of(), List.of());

    public Blocklist {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        ips = ips == null ? List.of() : List.copyOf(ips);
        identityKeys = identityKeys == null ? List.of() : List.copyOf(identityKeys);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    /**
     * @return the list normalised (duplicates removed, IPs in canonical form, identity keys in lower case), ready to
     *         store
     * @throws IllegalArgumentException naming every problem (field and position, never quoting a phone or key)
     */
    public Blocklist validated() {
        List<String> problems = new ArrayList<>();
        if (userIds.size() > MAX_USER_IDS) problems.add("userIds holds at most " + MAX_USER_IDS + " entries");
        if (ips.size() > MAX_IPS) problems.add("ips holds at most " + MAX_IPS + " entries");
        if (identityKeys.size() > MAX_IDENTITY_KEYS) problems.add("identityKeys holds at most " + MAX_IDENTITY_KEYS + " entries");
        if (phones.size() > MAX_PHONES) problems.add("phones holds at most " + MAX_PHONES + " entries");
        Set<Long> users = new LinkedHashSet<>();
        for (int i = 0; i < userIds.size(); i++) {
            Long id = userIds.get(i);
            if (id == null || id < 1) problems.add("userIds[" + i + "] must be a positive user id");
            else users.add(id);
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (int i = 0; i < ips.size(); i++) {
            Optional<Cidr> cidr = Cidr.parse(ips.get(i));
            if (cidr.isEmpty()) problems.add("ips[" + i + "] must be an IPv4 or IPv6 address or a CIDR range, e.g. 203.0.113.7, 203.0.113.0/24, 2001:db8::/32");
            else addresses.add(cidr.get().toString());
        }
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < identityKeys.size(); i++) {
            String key = identityKeys.get(i) == null ? null : identityKeys.get(i).strip().toLowerCase(Locale.ROOT);
            if (key == null || !IDENTITY_KEY.matcher(key).matches()) {
                problems.add("identityKeys[" + i + "] must be an identity key (64 hex digits, the blind index orders carry), never an identity number");
            } else {
                keys.add(key);
            }
        }
        Set<String> numbers = new LinkedHashSet<>();
        for (int i = 0; i < phones.size(); i++) {
            String phone = phones.get(i) == null ? null : phones.get(i).strip();
            if (phone == null || !PHONE.matcher(phone).matches()) problems.add("phones[" + i + "] must be 11 digits");
            else numbers.add(phone);
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return new Blocklist(List.copyOf(users), List.copyOf(addresses), List.copyOf(keys), List.copyOf(numbers));
    }

    /** @return the list in a form quick to ask (sets and parsed ranges); entries that do not parse are left out */
    public Compiled compile() {
        List<Cidr> ranges = new ArrayList<>();
        for (String ip : ips) Cidr.parse(ip).ifPresent(ranges::add);
        Set<String> keys = new LinkedHashSet<>();
        for (String k : identityKeys) if (k != null) keys.add(k.strip().toLowerCase(Locale.ROOT));
        Set<String> numbers = new LinkedHashSet<>();
        for (String p : phones) if (p != null) numbers.add(p.strip());
        Set<Long> users = new LinkedHashSet<>();
        for (Long u : userIds) if (u != null) users.add(u);
        return new Compiled(Set.copyOf(users), List.copyOf(ranges), Set.copyOf(keys), Set.copyOf(numbers));
    }

    /** The blocklist ready to ask. */
    public static final class Compiled {
        private final Set<Long> userIds;
        private final List<Cidr> ranges;
        private final Set<String> identityKeys;
        private final Set<String> phones;

        private Compiled(Set<Long> userIds, List<Cidr> ranges, Set<String> identityKeys, Set<String> phones) {
            this.userIds = userIds;
            this.ranges = ranges;
            this.identityKeys = identityKeys;
            this.phones = phones;
        }

        public boolean blocksUser(long userId) { return userIds.contains(userId); }

        /** @param ip a client address as the socket gives it (a literal, never resolved) */
        public boolean blocksIp(String ip) {
            if (ranges.isEmpty() || ip == null) return false;
            Optional<byte[]> address = Cidr.literal(ip);
            if (address.isEmpty()) return false;
            for (Cidr range : ranges) if (range.contains(address.get())) return true;
            return false;
        }

        public boolean blocksIdentityKey(String identityKey) {
            return identityKey != null && identityKeys.contains(identityKey.toLowerCase(Locale.ROOT));
        }

        public boolean blocksPhone(String phone) { return phone != null && phones.contains(phone.strip()); }
    }

    /** An address or a range of addresses, IPv4 or IPv6 (an IPv4-mapped IPv6 address counts as its IPv4 address). */
    public record Cidr(byte[] network, int prefix) {
        /**
         * @param text {@code a.b.c.d}, {@code a.b.c.d/n}, an IPv6 literal, or one with {@code /n}
         * @return the range, its address masked to the prefix; empty when it is not one (never resolved by DNS)
         */
        public static Optional<Cidr> parse(String text) {
            if (text == null) return Optional.empty();
            String s = text.strip();
            int slash = s.indexOf('/');
            String addressText = slash < 0 ? s : s.substring(0, slash);
            Optional<byte[]> address = literal(addressText);
            if (address.isEmpty()) return Optional.empty();
            int bits = address.get().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                String p = s.substring(slash + 1);
                if (!p.matches("\\d{1,3}")) return Optional.empty();
                prefix = Integer.parseInt(p);
                if (prefix > bits) return Optional.empty();
            }
            byte[] network = address.get().clone();
            for (int i = 0; i < network.length; i++) {
                int keep = Math.max(0, Math.min(8, prefix - i * 8));
                network[i] = (byte) (network[i] & (0xff << (8 - keep)));
            }
            return Optional.of(new Cidr(network, prefix));
        }

        /** @return the bytes of an IP literal (4 for IPv4 and IPv4-mapped IPv6, 16 for IPv6); empty otherwise */
        static Optional<byte[]> literal(String text) {
            if (text == null) return Optional.empty();
            String s = text.strip();
            if (s.startsWith("[") && s.endsWith("]")) s = s.substring(1, s.length() - 1);
            int zone = s.indexOf('%');
            if (zone >= 0) s = s.substring(0, zone);
            boolean v4 = IPV4.matcher(s).matches();
            if (!v4 && !(s.indexOf(':') >= 0 && IPV6.matcher(s).matches())) return Optional.empty();
            try {
                return Optional.of(InetAddress.getByName(s).getAddress()); // a literal: no lookup
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) return false;
            for (int i = 0; i < network.length; i++) {
                int keep = Math.max(0, Math.min(8, prefix - i * 8));
                int mask = (0xff << (8 - keep)) & 0xff;
                if ((address[i] & mask) != (network[i] & 0xff)) return false;
            }
            return true;
        }

        @Override
        public String toString() {
            try {
                String host = InetAddress.getByAddress(network).getHostAddress();
                return prefix == network.length * 8 ? host : host + "/" + prefix;
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override public boolean equals(Object o) {
            return o instanceof Cidr c && c.prefix == prefix && java.util.Arrays.equals(c.network, network);
        }

        @Override public int hashCode() { return 31 * java.util.Arrays.hashCode(network) + prefix; }
    }
}
