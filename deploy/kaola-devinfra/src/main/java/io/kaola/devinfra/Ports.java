package io.kaola.devinfra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port helpers for the local stack and tests (loopback only). */
public final class Ports {
    private Ports() {}

    /** @return true when something accepts TCP connections on 127.0.0.1:port within 500 ms */
    public static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param spread how many consecutive ports must be free from the returned one (RocketMQ's broker uses L-2..L+1)
     * @return a free port p such that p-2..p+spread are free too
     */
    public static int free(int spread) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate;
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                candidate = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            if (candidate < 1100 || candidate + spread > 65_000) continue;
            boolean allFree = true;
            for (int p = candidate - 2; p <= candidate + spread && allFree; p++) {
                allFree = !isListening("127.0.0.1", p);
            }
            if (allFree) return candidate;
        }
        throw new IllegalStateException("no free port range found");
    }
}
