package io.kaola.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A tiny JSON-over-HTTP client for the end-to-end tests (what a shopper's app sends). */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response: status, content type and parsed body (null when empty or not JSON). */
    record Response(int status, String contentType, String raw, JsonNode body) {
        JsonNode json() { return body; }

        String code() { return body == null ? null : body.path("code").asText(null); }
    }

    private Http() {}

    static Response get(String url, String token) throws IOException, InterruptedException {
        return send(base(url, token).GET().build());
    }

    static Response post(String url, String token, Object body) throws IOException, InterruptedException {
        return post(url, token, body, null);
    }

    static Response post(String url, String token, Object body, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder b = base(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)));
        if (idempotencyKey != null) b.header("Idempotency-Key", idempotencyKey);
        return send(b.build());
    }

    static Response put(String url, String token, Object body) throws IOException, InterruptedException {
        return send(base(url, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    static Response delete(String url, String token) throws IOException, InterruptedException {
        return send(base(url, token).DELETE().build());
    }

    /** POSTs every file as a multipart part named "files" (what ./kaola import-catalog sends). */
    static Response multipart(String url, String token, List<Path> files) throws IOException, InterruptedException {
        String boundary = "kaola-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(base(url, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static HttpRequest.Builder base(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(150));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private static Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        String type = r.headers().firstValue("Content-Type").orElse("");
        JsonNode body = null;
        if (type.contains("json") && !r.body().isBlank()) body = JSON.readTree(r.body());
        return new Response(r.statusCode(), type, r.body(), body);
    }
}
