package io.kaola.payment.sandbox;

/**
 * Who pays at the sandbox cashier, when it is not the buyer (body of {@code POST /sandbox/cashier/{paymentNo}/confirm}).
 * Never logged: {@link #toString()} masks both fields.
 *
 * @param payerName     the payer's real name
 * @param payerIdNumber the payer's identity number
 */
public record SandboxPayer(String payerName, String payerIdNumber) {
    /** @return true when neither field is given (the buyer pays) */
    boolean isEmpty() { return isBlank(payerName) && isBlank(payerIdNumber); }

    /** @return true when both fields are given */
    boolean isComplete() { return !isBlank(payerName) && !isBlank(payerIdNumber); }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }

    @Override public String toString() { return "SandboxPayer[payerName=***, payerIdNumber=***]"; }
}
