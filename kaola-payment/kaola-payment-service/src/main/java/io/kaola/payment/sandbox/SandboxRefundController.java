package io.kaola.payment.sandbox;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox provider's refunds, as a demo script sees them; only with the {@code sandbox} profile. Plain JSON like
 * {@link SandboxCashierController}: refusals are {@code {"error": CODE, "message": "…"}} with NOT_REFUNDED (409) and
 * NO_SUCH_REFUND (404).
 */
@RestController
@RequestMapping("/sandbox/cashier/refunds/{refundNo}")
@Profile("sandbox")
public class SandboxRefundController {
    private final SandboxProvider sandbox;

    public SandboxRefundController(SandboxProvider sandbox) { this.sandbox = sandbox; }

    /** @return 200 the refund as the sandbox knows it, 404 NO_SUCH_REFUND */
    @GetMapping
    public ResponseEntity<Map<String, Object>> show(@PathVariable String refundNo) {
        return sandbox.findRefund(refundNo).map(r -> ResponseEntity.ok(describe(r)))
                .orElseGet(() -> noSuchRefund(refundNo));
    }

    /**
     * Re-sends the signed refund notification of a SUCCEEDED refund: the platform records it once (a repeat changes
     * nothing).
     *
     * @return 202 when re-sending, 409 NOT_REFUNDED (PROCESSING or FAILED), 404 NO_SUCH_REFUND
     */
    @PostMapping("/notify-again")
    public ResponseEntity<Map<String, Object>> notifyAgain(@PathVariable String refundNo) {
        return sandbox.notifyRefundAgain(refundNo)
                .map(r -> r.status() == SandboxRefundStatus.SUCCEEDED
                        ? ResponseEntity.status(HttpStatus.ACCEPTED).body(describe(r))
                        : refusal(HttpStatus.CONFLICT, "NOT_REFUNDED", "refund " + refundNo + " is " + r.status()))
                .orElseGet(() -> noSuchRefund(refundNo));
    }

    private static Map<String, Object> describe(SandboxRefundRow r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("refundNo", r.refundNo());
        view.put("paymentNo", r.paymentNo());
        view.put("providerRefundId", r.providerRefundId());
        view.put("amountMinor", r.amountMinor());
        view.put("currency", r.currency());
        view.put("status", r.status().name());
        view.put("failureReason", r.failureReason());
        view.put("requestedAt", r.requestedAt());
        view.put("refundedAt", r.refundedAt());
        return view;
    }

    private static ResponseEntity<Map<String, Object>> noSuchRefund(String refundNo) {
        return refusal(HttpStatus.NOT_FOUND, "NO_SUCH_REFUND", "the sandbox has no refund " + refundNo);
    }

    private static ResponseEntity<Map<String, Object>> refusal(HttpStatus status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
