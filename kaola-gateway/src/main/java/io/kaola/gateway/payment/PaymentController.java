package io.kaola.gateway.payment;

import io.kaola.common.error.CommonError;
import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Paying an order, and the payment provider's notifications (payments and refunds). */
@RestController
@RequestMapping("/api")
@Tag(name = "Payments", description = "Pay an order through the payment provider (locally: the sandbox)")
public class PaymentController {
    /** A provider's notification is a few hundred bytes; anything over this is refused with 413 before reading more. */
    public static final int MAX_NOTIFICATION_BYTES = 16 * 1024;
    /** Headers never handed to kaola-payment with a notification. */
    private static final Set<String> WITHHELD_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    private final PaymentService payments;

    public PaymentController(PaymentService payments) { this.payments = payments; }

    @PostMapping("/orders/{orderNo}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "Open a payment for an unpaid order",
            description = "Idempotent per order: asking again returns the same pending payment, with a fresh "
                    + "confirmUrl (the previous one is then stale). Send the shopper to payUrl (the provider's cashier "
                    + "page); with the sandbox, POST confirmUrl with {\"payerName\", \"payerIdNumber\"} plays the payer "
                    + "paying. confirmUrl carries a one-time token bound to this payment: treat it as a secret. "
                    + "paymentNo is not guessable.")
    @ApiResponse(responseCode = "201", description = "The payment, PENDING, with payUrl and confirmUrl")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PAYMENT_ORDER_NOT_PAYABLE (not PENDING_PAYMENT, already paid, "
            + "or cancelled meanwhile)")
    public PaymentView pay(Caller caller, @PathVariable String orderNo) {
        return payments.createPayment(new CreatePaymentRequest(caller.userId(), orderNo));
    }

    @GetMapping("/payments/{paymentNo}")
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "One of the caller's payments", description = "confirmUrl is null here: only the answer "
            + "of opening the payment carries it.")
    @ApiResponse(responseCode = "200", description = "The payment")
    @ApiResponse(responseCode = "404", description = "PAYMENT_NOT_FOUND (also another user's)")
    public PaymentView get(Caller caller, @PathVariable String paymentNo) {
        return payments.getPayment(caller.userId(), paymentNo);
    }

    /**
     * The body is read as bytes, at most {@value #MAX_NOTIFICATION_BYTES}, and decoded as UTF-8 so that the signed
     * text reaches the verifier unchanged; any Accept header is fine (the provider's client decides what it sends).
     * The request's headers go with it (names in lower case; credentials withheld): the provider's adapter in
     * kaola-payment reads its signature headers from them.
     */
    @PostMapping(path = "/payments/notify/sandbox")
    @Operation(summary = "Payment notification from the sandbox provider (called by the provider, not by shoppers)",
            description = "The body (at most 16 KB) is verified against X-Sandbox-Signature (hex HMAC-SHA256). Answers "
                    + "the text \"success\" when the notification is recorded, also for a repeat, whatever the Accept "
                    + "header.")
    @ApiResponse(responseCode = "200", description = "success",
            content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string", example = "success")))
    @ApiResponse(responseCode = "400", description = "PAYMENT_MALFORMED_NOTIFICATION, COMMON_INVALID_REQUEST (no signature header)")
    @ApiResponse(responseCode = "403", description = "PAYMENT_BAD_SIGNATURE")
    @ApiResponse(responseCode = "409", description = "PAYMENT_AMOUNT_MISMATCH")
    @ApiResponse(responseCode = "413", description = "COMMON_PAYLOAD_TOO_LARGE (body over 16 KB)")
    public ResponseEntity<String> sandboxNotification(
            HttpServletRequest request,
            @Parameter(description = "hex HMAC-SHA256 of the body") @RequestHeader("X-Sandbox-Signature") String signature)
            throws IOException {
        String body = boundedBody(request);
        payments.acceptNotification(new ProviderNotification("sandbox", body, headersOf(request)));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
    }

    /**
     * A provider's refund notification, read and passed on exactly like {@link #sandboxNotification} (body bounded to
     * {@value #MAX_NOTIFICATION_BYTES} bytes, headers lower-cased with credentials withheld); the provider's adapter in
     * kaola-payment verifies it (sandbox: X-Sandbox-Signature, hex HMAC-SHA256 of the body).
     */
    @PostMapping(path = "/payments/refund-notify/{provider}")
    @Operation(summary = "Refund notification from a payment provider (called by the provider, not by shoppers)",
            description = "The body (at most 16 KB) is verified by the provider's adapter (sandbox: X-Sandbox-Signature,"
                    + " hex HMAC-SHA256). Answers the text \"success\" when the notification is recorded, also for a "
                    + "repeat, whatever the Accept header.")
    @ApiResponse(responseCode = "200", description = "success",
            content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string", example = "success")))
    @ApiResponse(responseCode = "400", description = "PAYMENT_MALFORMED_NOTIFICATION, COMMON_INVALID_REQUEST (bad provider name)")
    @ApiResponse(responseCode = "403", description = "PAYMENT_BAD_SIGNATURE (also a provider not configured)")
    @ApiResponse(responseCode = "404", description = "PAYMENT_REFUND_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PAYMENT_AMOUNT_MISMATCH")
    @ApiResponse(responseCode = "413", description = "COMMON_PAYLOAD_TOO_LARGE (body over 16 KB)")
    public ResponseEntity<String> refundNotification(
            HttpServletRequest request,
            @Parameter(description = "the provider's name, e.g. sandbox") @PathVariable String provider)
            throws IOException {
        if (!provider.matches("[a-z0-9-]{1,16}")) {
            throw CommonError.INVALID_REQUEST.exception("provider is 1..16 lower-case letters, digits or '-'");
        }
        String body = boundedBody(request);
        payments.acceptRefundNotification(new ProviderNotification(provider, body, headersOf(request)));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
    }

    /**
     * @return the request body as UTF-8 text
     * @throws ResponseStatusException 413 (COMMON_PAYLOAD_TOO_LARGE) when it is, or declares to be, over
     *         {@value #MAX_NOTIFICATION_BYTES} bytes: nothing more than that is read
     */
    static String boundedBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_NOTIFICATION_BYTES) throw tooLarge();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_NOTIFICATION_BYTES + 1);
        }
        if (body.length > MAX_NOTIFICATION_BYTES) throw tooLarge();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                "a payment notification is at most " + MAX_NOTIFICATION_BYTES + " bytes");
    }

    private static Map<String, String> headersOf(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!WITHHELD_HEADERS.contains(lower) && !HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(lower)) {
                headers.putIfAbsent(lower, request.getHeader(name));
            }
        }
        return headers;
    }
}
