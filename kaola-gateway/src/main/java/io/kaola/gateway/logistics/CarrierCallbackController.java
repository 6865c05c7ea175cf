package io.kaola.gateway.logistics;

import io.kaola.logistics.api.CarrierCallbackService;
import io.kaola.logistics.api.CarrierPush;
import io.kaola.logistics.api.CarrierPushAck;
import io.kaola.logistics.api.LogisticsError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Carriers' track pushes (kdniao style: a form with RequestData, EBusinessID, RequestType, DataSign). Called by the
 * carrier, not by shoppers: no access token (WebConfig's public paths); the body is read as bytes, at most
 * {@value #MAX_PUSH_BYTES}, and decoded here, so that the signed RequestData reaches kaola-logistics unchanged.
 */
@RestController
@RequestMapping("/api/logistics/callbacks")
@Tag(name = "Tracking")
public class CarrierCallbackController {
    /** A push carries a few traces; anything over this is refused with 413 before reading more. */
    public static final int MAX_PUSH_BYTES = 32 * 1024;

    private final CarrierCallbackService callbacks;

    public CarrierCallbackController(CarrierCallbackService callbacks) { this.callbacks = callbacks; }

    @PostMapping(path = "/{carrier}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Track push from a carrier (locally: the sandbox carrier, /callbacks/sandbox)",
            description = "application/x-www-form-urlencoded, UTF-8, at most 32 KB. The sandbox signs DataSign = "
                    + "base64(HMAC-SHA256(secret, RequestData)). Answers the carrier's acknowledgement at once, also for "
                    + "a repeat; the events are applied asynchronously.")
    @ApiResponse(responseCode = "200", description = "{\"EBusinessID\":…,\"UpdateTime\":…,\"Success\":true,\"Reason\":\"\"}")
    @ApiResponse(responseCode = "400", description = "LOGISTICS_MALFORMED_PUSH")
    @ApiResponse(responseCode = "403", description = "LOGISTICS_BAD_SIGNATURE (nothing recorded)")
    @ApiResponse(responseCode = "404", description = "LOGISTICS_UNKNOWN_CARRIER")
    @ApiResponse(responseCode = "413", description = "COMMON_PAYLOAD_TOO_LARGE (body over 32 KB)")
    @ApiResponse(responseCode = "415", description = "COMMON_UNSUPPORTED_MEDIA_TYPE (not a form)")
    @ApiResponse(responseCode = "503", description = "COMMON_SERVICE_UNAVAILABLE (not stored: the carrier retries)")
    public ResponseEntity<String> push(@PathVariable String carrier, HttpServletRequest request) throws IOException {
        Map<String, String> form = decodeForm(boundedBody(request));
        if (form.isEmpty()) form = parsedByTheContainer(request);
        CarrierPushAck ack = callbacks.acceptPush(new CarrierPush(carrier, form));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ack.contentType())).body(ack.body());
    }

    /**
     * @return the form fields (names and values URL-decoded as UTF-8; a repeated name keeps its first value)
     * @throws io.kaola.common.error.KaolaException LOGISTICS_MALFORMED_PUSH on a broken %-escape
     */
    static Map<String, String> decodeForm(String body) {
        Map<String, String> form = new HashMap<>();
        try {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw LogisticsError.MALFORMED_PUSH.exception("the form is not URL-encoded");
        }
        return form;
    }

    /**
     * When something asked the container for parameters first, it has read the (already size-capped) body itself:
     * its parameters are then the form.
     */
    private static Map<String, String> parsedByTheContainer(HttpServletRequest request) {
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0) form.put(name, values[0]);
        });
        return form;
    }

    private static String boundedBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_PUSH_BYTES) throw tooLarge();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_PUSH_BYTES + 1);
        }
        if (body.length > MAX_PUSH_BYTES) throw tooLarge();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "a carrier push is at most " + MAX_PUSH_BYTES
                + " bytes");
    }
}
