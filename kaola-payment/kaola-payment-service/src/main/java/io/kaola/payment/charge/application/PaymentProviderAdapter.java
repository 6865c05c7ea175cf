package io.kaola.payment.charge.application;

import io.kaola.common.error.KaolaException;
import io.kaola.common.money.Money;
import io.kaola.payment.api.PaymentError;
import io.kaola.payment.api.ProviderNotification;
import io.kaola.payment.charge.domain.OpenedPayment;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.ProviderClose;
import io.kaola.payment.charge.domain.ProviderPayment;
import io.kaola.payment.charge.domain.ProviderPaymentState;
import io.kaola.payment.charge.domain.ProviderRefund;
import io.kaola.payment.charge.domain.ProviderRefundNotice;
import io.kaola.payment.charge.domain.StatementEntry;
import io.kaola.user.api.DeclarationIdentity;

import java.time.Instant;
import java.util.List;

/**
 * One payment provider, as the payment flow sees it: the only place that knows a provider's API, signature
 * scheme and notification format. A Spring bean per provider; the sandbox ({@code io.kaola.payment.sandbox},
 * profile {@code sandbox}) is one implementation. What an Alipay or WeChat Pay adapter would do for each method:
 * docs/payments.md. Our payment number is the provider's merchant order number (Alipay out_trade_no, WeChat Pay
 * out_trade_no), so every call is idempotent on it.
 * <p>Calls are made outside any database transaction. A provider that cannot be reached makes a method throw
 * COMMON_SERVICE_UNAVAILABLE ({@link KaolaException}); the caller retries or reports it.
 */
public interface PaymentProviderAdapter {
    /** Why kaola-payment refuses to start when no bean implements this interface. */
    String NO_PROVIDER_MESSAGE = "kaola-payment: no payment provider is configured. For local use"
            + " turn on the sandbox profile (SPRING_PROFILES_ACTIVE=sandbox; ./kaola up does); in production"
            + " configure a real provider (docs/payments.md)";

    /** @return the provider's name as stored on payments and used in notify paths, e.g. "sandbox", lower case */
    String provider();

    /**
     * Registers the payment at the provider (Alipay: builds the signed page-pay request; WeChat Pay: POST
     * /v3/pay/transactions/native), with the buyer whose real-name identity the provider checks the payer against
     * (its notification reports SAME or DIFFERENT). Idempotent: opening the same payment again changes nothing at
     * the provider but may issue a fresh confirmation token (the previous one is then stale).
     *
     * @param payment the PENDING payment (number, order number shown to the shopper, amount in minor units)
     * @param buyer   the verified buyer (name and full identity number): pass it on, never log or store it
     * @return what the shopper needs: the cashier page and, if the provider has one, the confirmation URL
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE
     */
    OpenedPayment open(PaymentOrder payment, DeclarationIdentity buyer);

    /**
     * Closes the payment at the provider so that it can take no money any more (Alipay alipay.trade.close,
     * WeChat Pay POST /v3/pay/transactions/out-trade-no/{no}/close). Idempotent: closing a closed payment, or
     * one the provider never saw, answers CLOSED. Atomic at the provider: a close racing the payer's confirmation
     * has exactly one winner, and the answer says which.
     *
     * @param payment the payment, PENDING on our side
     * @return CLOSED, or ALREADY_PAID when the provider took the money first
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE (nothing known: ask again)
     */
    ProviderClose close(PaymentOrder payment);

    /**
     * Asks the provider what became of the payment (Alipay alipay.trade.query, WeChat Pay GET
     * /v3/pay/transactions/out-trade-no/{no}); for reconciliation and support.
     *
     * @return the provider's state, UNKNOWN when it never saw the payment
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE
     */
    ProviderPaymentState query(PaymentOrder payment);

    /**
     * Verifies an asynchronous notification and reads what it states. Verification comes first and covers the
     * exact bytes received (sandbox: HMAC-SHA256 of the body in X-Sandbox-Signature; Alipay: RSA2 over the sorted
     * parameters with alipay_public_key; WeChat Pay: SHA256withRSA over timestamp, nonce and body with the platform
     * certificate, then AES-256-GCM decryption of the resource with the APIv3 key).
     *
     * @param notification raw body and headers as the gateway received them
     * @return the payment the provider took (our payment number, its transaction id, amount, time, payer check)
     * @throws KaolaException PAYMENT_BAD_SIGNATURE (not from the provider: nothing may be read from it),
     *         PAYMENT_MALFORMED_NOTIFICATION (signed but not a payment we can act on)
     */
    ProviderPayment verifyNotification(ProviderNotification notification);

    /**
     * Asks the provider to return money it took (Alipay alipay.trade.refund, WeChat Pay POST
     * /v3/refund/domestic/refunds). Idempotent at the provider on {@code refundNo}: asking again (a retry after a
     * timeout) answers the same refund. The outcome of an accepted refund follows in a refund notification
     * ({@link #verifyRefundNotification}).
     *
     * @param payment  the payment whose money goes back (its providerTxnId is the transaction to refund)
     * @param refundNo our refund number, the idempotency key at the provider
     * @param amount   how much, minor units, at most what is left refundable on the payment
     * @return PROCESSING (accepted), SUCCEEDED (done at once) or REFUSED with the provider's reason
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE (nothing known: ask again), PAYMENT_REFUND_NOT_SUPPORTED (this
     *         default)
     */
    default ProviderRefund refund(PaymentOrder payment, String refundNo, Money amount) {
        throw PaymentError.REFUND_NOT_SUPPORTED.exception("the " + provider() + " adapter does not refund;"
                + " refund payment " + payment.paymentNo() + " at the provider (see GET /api/admin/payments/refunds-due)");
    }

    /**
     * Verifies a refund notification (the same scheme as {@link #verifyNotification}: sandbox HMAC-SHA256 in
     * X-Sandbox-Signature; Alipay RSA2 over the sorted parameters; WeChat Pay the signature headers, then the
     * AES-256-GCM resource of REFUND.SUCCESS / REFUND.ABNORMAL) and reads what it states.
     *
     * @param notification raw body and headers as the gateway received them
     * @return our refund number, the provider's refund id, SUCCEEDED or FAILED, amount, time, failure reason
     * @throws KaolaException PAYMENT_BAD_SIGNATURE, PAYMENT_MALFORMED_NOTIFICATION, PAYMENT_REFUND_NOT_SUPPORTED
     *         (this default)
     */
    default ProviderRefundNotice verifyRefundNotification(ProviderNotification notification) {
        throw PaymentError.REFUND_NOT_SUPPORTED.exception("the " + provider() + " adapter does not read refund"
                + " notifications");
    }

    /**
     * The provider's statement of a window, for reconciliation: every payment it took (by its paid time) and every
     * refund it made (by its refund time) in [from, to). Alipay: alipay.data.dataservice.bill.downloadurl.query
     * (bill_type trade, one day) then the CSV behind the URL; WeChat Pay: GET /v3/bill/tradebill (bill_date, ALL) then
     * the download_url, its hash checked. Those are per day, so an adapter fetches every day the window touches and
     * keeps the lines inside it (docs/payments.md "Reconciliation").
     *
     * @param from start, inclusive
     * @param to   end, exclusive
     * @return the lines, in any order (a payment refunded in the window appears as a PAYMENT and a REFUND)
     * @throws KaolaException COMMON_SERVICE_UNAVAILABLE (not reachable, or the day's bill is not ready yet),
     *         PAYMENT_STATEMENT_NOT_SUPPORTED (this default)
     */
    default List<StatementEntry> statement(Instant from, Instant to) {
        throw PaymentError.STATEMENT_NOT_SUPPORTED.exception("the " + provider() + " adapter gives no statement;"
                + " reconcile " + from + " to " + to + " against the provider's bill by hand");
    }
}
