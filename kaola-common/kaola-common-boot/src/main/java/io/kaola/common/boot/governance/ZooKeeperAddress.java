package io.kaola.common.boot.governance;

import java.util.Optional;

/**
 * The ZooKeeper ensemble of the registry, read from {@code dubbo.registry.address}
 * ({@code zookeeper://[user:password@]host:port[,host:port...][?params]}, docs/security.md), so that governance data
 * lives on the same ensemble with the same digest identity as the registry.
 *
 * @param connectString {@code host:port[,host:port...]}
 * @param digest        {@code user:password} for ZooKeeper digest auth, or empty when the ensemble is open (locally)
 */
public record ZooKeeperAddress(String connectString, Optional<String> digest) {

    /**
     * @param registryAddress the Dubbo registry address, with or without the {@code zookeeper://} scheme
     * @throws IllegalArgumentException when it names no host
     */
    public static ZooKeeperAddress parse(String registryAddress) {
        String s = registryAddress.trim();
        if (s.startsWith("zookeeper://")) s = s.substring("zookeeper://".length());
        int query = s.indexOf('?');
        if (query >= 0) s = s.substring(0, query);
        int slash = s.indexOf('/');
        if (slash >= 0) s = s.substring(0, slash);
        Optional<String> digest = Optional.empty();
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            digest = Optional.of(s.substring(0, at));
            s = s.substring(at + 1);
        }
        if (s.isBlank()) throw new IllegalArgumentException("the registry address names no ZooKeeper host");
        return new ZooKeeperAddress(s, digest);
    }

    /** For logs: the hosts, never the password. */
    @Override
    public String toString() {
        return connectString + (digest.isPresent() ? " (digest auth)" : "");
    }
}
