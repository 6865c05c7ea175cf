package io.kaola.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The TCP listening sockets of given processes, read from Linux's {@code /proc} (no ss/netstat needed):
 * the socket inodes among a process's file descriptors, matched with {@code /proc/net/tcp} and {@code tcp6}.
 */
final class Listeners {
    /** One listening socket: the process, its local address and port. */
    record Listener(long pid, InetAddress address, int port) {
        boolean isLoopback() {
            if (address.isLoopbackAddress()) return true;
            byte[] b = address.getAddress();   // ::ffff:127.x.y.z, an IPv4 loopback on a dual-stack socket
            return b.length == 16 && b[10] == (byte) 0xff && b[11] == (byte) 0xff && b[12] == 127
                    && java.util.Arrays.stream(new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}).allMatch(i -> b[i] == 0);
        }

        @Override public String toString() { return "pid " + pid + " " + address.getHostAddress() + ":" + port; }
    }

    private Listeners() {}

    /** @return every TCP socket in state LISTEN owned by one of the processes */
    static List<Listener> of(Iterable<Long> pids) throws IOException {
        List<Listener> found = new ArrayList<>();
        for (long pid : pids) {
            Set<String> inodes = socketInodes(pid);
            for (String table : List.of("/proc/" + pid + "/net/tcp", "/proc/" + pid + "/net/tcp6")) {
                for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                    String[] f = line.trim().split("\\s+");
                    if (!"0A".equals(f[3]) || !inodes.contains(f[9])) continue;   // 0A = LISTEN
                    String[] local = f[1].split(":");
                    found.add(new Listener(pid, address(local[0]), Integer.parseInt(local[1], 16)));
                }
            }
        }
        return found;
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) inodes.add(target.substring(8, target.length() - 1));
                } catch (IOException gone) {
                    // the descriptor closed meanwhile
                }
            }
        }
        return inodes;
    }

    /** /proc/net/tcp writes an address as 32-bit words in host (little-endian) order, in hex. */
    private static InetAddress address(String hex) throws IOException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(word * 8 + (3 - i) * 2, word * 8 + (3 - i) * 2 + 2), 16);
            }
        }
        return InetAddress.getByAddress(bytes);
    }
}
