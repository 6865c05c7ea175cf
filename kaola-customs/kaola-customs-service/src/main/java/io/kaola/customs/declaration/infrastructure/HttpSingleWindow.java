package io.kaola.customs.declaration.infrastructure;

import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.config.CustomsProperties;
import io.kaola.customs.declaration.application.SingleWindow;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@link SingleWindow} over HTTP: {@code POST <kaola.customs.single-window-url>/<messageType>} with the signed XML
 * ({@code application/xml}); any 2xx means taken. Receipts come back asynchronously (topic customs-receipt-received).
 */
@Component
public class HttpSingleWindow implements SingleWindow {
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    public HttpSingleWindow(CustomsProperties properties) { this.baseUrl = properties.singleWindowUrl(); }

    @Override
    public void send(CustomsDocument document, String orderNo, String guid, String xml) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/" + document.messageType()))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("single window answered " + response.statusCode() + " to "
                        + document.messageType() + " of order " + orderNo + " guid " + guid);
            }
        } catch (IOException e) {
            throw new IllegalStateException("single window unreachable for " + document.messageType() + " of order "
                    + orderNo + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + document.messageType() + " of order " + orderNo, e);
        }
    }
}
