package io.kaola.payment.refund.domain;

import io.kaola.payment.charge.domain.PaymentNumbers;

/**
 * Refund numbers: {@value #PREFIX} followed by a {@link PaymentNumbers} number (snowflake digits + 10 random digits),
 * at most 30 characters (the columns are VARCHAR(32); Alipay's out_request_no takes 64, WeChat Pay's out_refund_no
 * 64). Not guessable from one another, like payment numbers.
 */
public final class RefundNumbers {
    /** Tells a refund number from a payment number at a glance. */
    public static final String PREFIX = "R";
    /** The longest number issued. */
    public static final int MAX_LENGTH = PREFIX.length() + PaymentNumbers.MAX_LENGTH;

    private final PaymentNumbers numbers;

    /** @param numbers this instance's payment numbers (worker id unique among instances) */
    public RefundNumbers(PaymentNumbers numbers) { this.numbers = numbers; }

    /** @return a new refund number, unique, at most {@value #MAX_LENGTH} characters */
    public String next() { return PREFIX + numbers.next(); }
}
