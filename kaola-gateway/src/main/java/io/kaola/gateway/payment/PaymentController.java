package io.kaola.gateway.payment;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.payment.api.CreatePaymentRequest;
import io.kaola.payment.api.PaymentService;
import io.kaola.payment.api.PaymentView;
import io.kaola.payment.api.ProviderNotification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** Paying an order, and the payment provider's notifications. */
@RestController
@RequestMapping("/api")
@Tag(name = "Payments", description = "Pay an order through the (sandbox) provider")
public class PaymentController {
    private final PaymentService payments;

    public PaymentController(PaymentService payments) { this.payments = payments; }

    @PostMapping("/orders/{orderNo}/payments")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "Open a payment for an unpaid order",
            description = "Idempotent per order: asking again returns the same pending payment. "
                    + "Send the shopper to payUrl to pay at the provider.")
    @ApiResponse(responseCode = "201", description = "The payment, PENDING, with payUrl")
    @ApiResponse(responseCode = "404", description = "ORDER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PAYMENT_ORDER_NOT_PAYABLE")
    public PaymentView pay(Caller caller, @PathVariable String orderNo) {
        return payments.createPayment(new CreatePaymentRequest(caller.userId(), orderNo));
    }

    @GetMapping("/payments/{paymentNo}")
    @SecurityRequirement(name = OpenApiConfig.BEARER)
    @Operation(summary = "One of the caller's payments")
    @ApiResponse(responseCode = "200", description = "The payment")
    @ApiResponse(responseCode = "404", description = "PAYMENT_NOT_FOUND (also another user's)")
    public PaymentView get(Caller caller, @PathVariable String paymentNo) {
        return payments.getPayment(caller.userId(), paymentNo);
    }

    /** The body is taken as bytes and decoded as UTF-8 so that the signed text reaches the verifier unchanged. */
    @PostMapping(path = "/payments/notify/sandbox", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "Payment notification from the sandbox provider (called by the provider, not by shoppers)",
            description = "The body is verified against X-Sandbox-Signature (hex HMAC-SHA256). Answers the text "
                    + "\"success\" when the notification is recorded, also for a repeat.")
    @ApiResponse(responseCode = "200", description = "success")
    @ApiResponse(responseCode = "400", description = "PAYMENT_MALFORMED_NOTIFICATION, COMMON_INVALID_REQUEST (no signature header)")
    @ApiResponse(responseCode = "403", description = "PAYMENT_BAD_SIGNATURE")
    @ApiResponse(responseCode = "409", description = "PAYMENT_AMOUNT_MISMATCH")
    public ResponseEntity<String> sandboxNotification(
            @RequestBody byte[] body,
            @Parameter(description = "hex HMAC-SHA256 of the body") @RequestHeader("X-Sandbox-Signature") String signature) {
        payments.acceptNotification(new ProviderNotification("sandbox", new String(body, StandardCharsets.UTF_8), signature));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("success");
    }
}
