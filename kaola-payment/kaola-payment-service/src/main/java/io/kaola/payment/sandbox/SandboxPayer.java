package io.kaola.payment.sandbox;

/**
 * Who pays at the sandbox cashier: the body of {@code POST /sandbox/cashier/{paymentNo}/confirm?token=…}, both fields
 * required (a real cashier knows its payer). Never logged: {@link #toString()} masks both fields.
 *
 * @param payerName     the payer's real name
 * @param payerIdNumber the payer's identity number
 */
public record SandboxPayer(String payerName, String payerIdNumber) {
    /** @return true when both fields are given, each at most 64 characters */
    boolean isComplete() {
        return !isBlank(payerName) && !isBlank(payerIdNumber) && payerName.length() <= 64 && payerIdNumber.length() <= 64;
    }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }

    @Override public String toString() { return "SandboxPayer[payerName=***, payerIdNumber=***]"; }
}
