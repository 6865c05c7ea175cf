package io.kaola.payment.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox provider's cashier, as a shopper (or a demo script) sees it. Plain JSON, not problem+json:
 * this stands for a third party's site, not our API. Identity numbers appear only masked.
 */
@RestController
@RequestMapping("/sandbox/cashier/{paymentNo}")
@ConditionalOnProperty(prefix = "kaola.payment.sandbox", name = "enabled", havingValue = "true", matchIfMissing = true)
public class SandboxCashierController {
    private final SandboxProvider sandbox;

    public SandboxCashierController(SandboxProvider sandbox) { this.sandbox = sandbox; }

    /** @return 200 the payment to take (amount, merchant order, status), 404 when never opened */
    @GetMapping
    public ResponseEntity<Map<String, Object>> show(@PathVariable String paymentNo) {
        return sandbox.find(paymentNo)
                .map(t -> ResponseEntity.ok(describe(t)))
                .orElseGet(() -> notOpened(paymentNo));
    }

    /**
     * The shopper pays. Optional JSON body {@code {"payerName":"…","payerIdNumber":"…"}} when someone other than
     * the buyer pays; no body (or {@code {}}) means the buyer pays.
     *
     * @return 202 {paymentNo, providerTxnId, status: PAID, certCheckResult, payerIdMasked}; the notification
     *         follows asynchronously. 400 when only one payer field is given, 404 when never opened
     */
    @PostMapping("/confirm")
    public ResponseEntity<Map<String, Object>> confirm(@PathVariable String paymentNo,
                                                       @RequestBody(required = false) SandboxPayer payer) {
        if (payer != null && !payer.isEmpty() && !payer.isComplete()) {
            return ResponseEntity.badRequest().body(error("give both payerName and payerIdNumber, or neither"));
        }
        return sandbox.confirm(paymentNo, payer == null || payer.isEmpty() ? null : payer)
                .map(t -> ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt(t)))
                .orElseGet(() -> notOpened(paymentNo));
    }

    /** @return 202 when re-sending, 409 when not paid yet, 404 when never opened */
    @PostMapping("/notify-again")
    public ResponseEntity<Map<String, Object>> notifyAgain(@PathVariable String paymentNo) {
        return sandbox.notifyAgain(paymentNo)
                .map(t -> t.isPaid()
                        ? ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt(t))
                        : ResponseEntity.status(HttpStatus.CONFLICT).body(error("payment " + paymentNo + " is not paid yet")))
                .orElseGet(() -> notOpened(paymentNo));
    }

    private static Map<String, Object> describe(SandboxTransactionRow t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("paymentNo", t.paymentNo());
        view.put("merchantOrderNo", t.merchantOrderNo());
        view.put("amountMinor", t.amountMinor());
        view.put("currency", t.currency());
        view.put("status", t.status());
        view.put("buyerIdMasked", t.buyerIdMasked());
        view.put("providerTxnId", t.providerTxnId());
        view.put("certCheckResult", t.certCheckResult());
        view.put("payerIdMasked", t.payerIdMasked());
        view.put("openedAt", t.openedAt());
        view.put("paidAt", t.paidAt());
        view.put("confirm", "POST /sandbox/cashier/" + t.paymentNo() + "/confirm");
        return view;
    }

    private static Map<String, Object> receipt(SandboxTransactionRow t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("paymentNo", t.paymentNo());
        view.put("providerTxnId", t.providerTxnId());
        view.put("status", t.status());
        view.put("certCheckResult", t.certCheckResult());
        view.put("payerIdMasked", t.payerIdMasked());
        return view;
    }

    private static ResponseEntity<Map<String, Object>> notOpened(String paymentNo) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(error("the sandbox has no payment " + paymentNo));
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return body;
    }
}
