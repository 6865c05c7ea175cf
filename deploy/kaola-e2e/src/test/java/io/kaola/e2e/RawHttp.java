package io.kaola.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http cannot send: a request from another source address
 * (127.0.0.x: "another client IP" on one machine), a path the client would normalise ({@code %00}, {@code ..%2F}),
 * a body bigger than the server will read. One request per connection.
 */
final class RawHttp {
    private RawHttp() {}

    /** A response: status line code, headers as received, and the body (possibly cut short). */
    record Response(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return null;
        }

        @Override public String toString() { return status + " " + body.substring(0, Math.min(body.length(), 300)); }
    }

    /**
     * @param from    local source address, e.g. 127.0.0.7 (null: the default)
     * @param port    gateway port on 127.0.0.1
     * @param method  HTTP method
     * @param path    raw request target, sent unchanged
     * @param headers extra header lines ("Name: value"), without CRLF
     * @param body    request body (null: none); sent whole unless the server closes first
     */
    static Response send(String from, int port, String method, String path, byte[] body, String... headers)
            throws IOException {
        try (Socket socket = new Socket()) {
            if (from != null) socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\n");
            for (String h : headers) head.append(h).append("\r\n");
            if (body != null) head.append("Content-Length: ").append(body.length).append("\r\n");
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                try {
                    for (int off = 0; off < body.length; off += 64 * 1024) {
                        out.write(body, off, Math.min(64 * 1024, body.length - off));
                    }
                } catch (IOException closedEarly) {
                    // the server answered and closed before reading everything: read what it said
                }
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) bytes.write(buffer, 0, n);
        } catch (IOException reset) {
            if (bytes.size() == 0) throw reset;
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = Integer.parseInt(head.split(" ", 3)[1]);
        return new Response(status, head, body);
    }
}
