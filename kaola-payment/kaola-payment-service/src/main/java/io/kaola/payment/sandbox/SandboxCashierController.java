package io.kaola.payment.sandbox;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox provider's cashier, as a shopper (or a demo script) sees it; only with the {@code sandbox} profile.
 * Plain JSON, not problem+json: this stands for a third party's site, not our API. Refusals are
 * {@code {"error": CODE, "message": "…"}} with the codes TOKEN_REQUIRED (401), TOKEN_INVALID (403), PAYER_REQUIRED
 * (400), PAYMENT_CLOSED (409), NOT_PAID (409), NOT_OPENED (404) (docs/payments.md). No personal data is shown, and
 * the token is never logged.
 */
@RestController
@RequestMapping("/sandbox/cashier/{paymentNo}")
@Profile("sandbox")
public class SandboxCashierController {
    private final SandboxProvider sandbox;

    public SandboxCashierController(SandboxProvider sandbox) { this.sandbox = sandbox; }

    /** @return 200 the payment to take (amount, merchant order, status; no identity data), 404 when never opened */
    @GetMapping
    public ResponseEntity<Map<String, Object>> show(@PathVariable String paymentNo) {
        return sandbox.find(paymentNo)
                .map(t -> ResponseEntity.ok(describe(t)))
                .orElseGet(() -> notOpened(paymentNo));
    }

    /**
     * The payer pays: {@code POST {confirmUrl}} (= {@code /sandbox/cashier/{paymentNo}/confirm?token=…}) with JSON
     * {@code {"payerName":"…","payerIdNumber":"…"}}, both required; the sandbox compares the payer with the buyer.
     *
     * @param token the one-time token of the confirm URL (issued when the payment was opened, latest one only)
     * @return 202 {paymentNo, providerTxnId, status: PAID, certCheckResult, payerIdMasked}, the notification follows
     *         asynchronously; 401 TOKEN_REQUIRED; 400 PAYER_REQUIRED (no body, empty body, one field); 403
     *         TOKEN_INVALID (wrong, another payment's, stale, expired or already used: nothing paid); 409
     *         PAYMENT_CLOSED (the merchant closed it: nothing paid); 404 NOT_OPENED
     */
    @PostMapping("/confirm")
    public ResponseEntity<Map<String, Object>> confirm(@PathVariable String paymentNo,
                                                       @RequestParam(name = "token", required = false) String token,
                                                       @RequestBody(required = false) SandboxPayer payer) {
        if (token == null || token.isBlank()) {
            return refusal(HttpStatus.UNAUTHORIZED, "TOKEN_REQUIRED",
                    "confirm at the confirmUrl handed out with the payment: it carries the one-time token");
        }
        if (payer == null || !payer.isComplete()) {
            return refusal(HttpStatus.BAD_REQUEST, "PAYER_REQUIRED",
                    "give the payer as JSON {\"payerName\": \"…\", \"payerIdNumber\": \"…\"}, both fields");
        }
        if (!ConfirmTokens.isWellFormed(token)) return tokenInvalid();
        SandboxProvider.Confirmation confirmation = sandbox.confirm(paymentNo, token, payer);
        return switch (confirmation.result()) {
            case PAID -> ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt(confirmation.transaction()));
            case NOT_OPENED -> notOpened(paymentNo);
            case TOKEN_INVALID -> tokenInvalid();
            case CLOSED -> refusal(HttpStatus.CONFLICT, "PAYMENT_CLOSED",
                    "the merchant closed payment " + paymentNo + "; nothing was paid");
        };
    }

    /** @return 202 when re-sending, 409 NOT_PAID when not paid (yet), 404 when never opened */
    @PostMapping("/notify-again")
    public ResponseEntity<Map<String, Object>> notifyAgain(@PathVariable String paymentNo) {
        return sandbox.notifyAgain(paymentNo)
                .map(t -> t.isPaid()
                        ? ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt(t))
                        : refusal(HttpStatus.CONFLICT, "NOT_PAID", "payment " + paymentNo + " is " + t.status()))
                .orElseGet(() -> notOpened(paymentNo));
    }

    private static Map<String, Object> describe(SandboxTransactionRow t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("paymentNo", t.paymentNo());
        view.put("merchantOrderNo", t.merchantOrderNo());
        view.put("amountMinor", t.amountMinor());
        view.put("currency", t.currency());
        view.put("status", t.status().name());
        view.put("providerTxnId", t.providerTxnId());
        view.put("openedAt", t.openedAt());
        view.put("paidAt", t.paidAt());
        view.put("closedAt", t.closedAt());
        view.put("confirm", "POST the confirmUrl handed out with the payment, body {\"payerName\",\"payerIdNumber\"}");
        return view;
    }

    private static Map<String, Object> receipt(SandboxTransactionRow t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("paymentNo", t.paymentNo());
        view.put("providerTxnId", t.providerTxnId());
        view.put("status", t.status().name());
        view.put("certCheckResult", t.certCheckResult());
        view.put("payerIdMasked", t.payerIdMasked());
        return view;
    }

    private static ResponseEntity<Map<String, Object>> tokenInvalid() {
        return refusal(HttpStatus.FORBIDDEN, "TOKEN_INVALID", "the token is not this payment's current one, has expired"
                + " or was used; open the payment again for a new confirmUrl");
    }

    private static ResponseEntity<Map<String, Object>> notOpened(String paymentNo) {
        return refusal(HttpStatus.NOT_FOUND, "NOT_OPENED", "the sandbox has no payment " + paymentNo);
    }

    private static ResponseEntity<Map<String, Object>> refusal(HttpStatus status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
