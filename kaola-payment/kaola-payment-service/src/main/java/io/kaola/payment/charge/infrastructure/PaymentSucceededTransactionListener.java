package io.kaola.payment.charge.infrastructure;

import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.charge.domain.PaymentOrder;
import io.kaola.payment.charge.domain.PaymentRepository;
import io.kaola.payment.config.PaymentProperties;
import org.apache.rocketmq.client.producer.LocalTransactionState;
import org.apache.rocketmq.client.producer.TransactionListener;
import org.apache.rocketmq.common.message.Message;
import org.apache.rocketmq.common.message.MessageExt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides the fate of PaymentSucceeded half messages. The local transaction itself is passed as the
 * {@code arg} of {@code sendMessageInTransaction} (see {@link RocketMqPaymentSucceededPublisher}); the check-back,
 * asked by the broker when the outcome was lost (crash or network between commit and end-transaction),
 * answers from the database:
 * SUCCEEDED by this message's providerTxnId: COMMIT; still PENDING or absent and younger than
 * {@code kaola.payment.check-back-give-up-after} (60 s): UNKNOW (the local transaction may still run);
 * older, or SUCCEEDED by another transaction: ROLLBACK.
 */
@Component
public class PaymentSucceededTransactionListener implements TransactionListener {
    /** User property carrying the provider transaction the message announces. */
    public static final String PROVIDER_TXN_ID = "providerTxnId";
    private static final Logger log = LoggerFactory.getLogger(PaymentSucceededTransactionListener.class);

    private final PaymentRepository payments;
    private final Clock clock;
    private final Duration giveUpAfter;

    public PaymentSucceededTransactionListener(PaymentRepository payments, Clock clock, PaymentProperties properties) {
        this.payments = payments;
        this.clock = clock;
        this.giveUpAfter = properties.checkBackGiveUpAfter();
    }

    @Override
    public LocalTransactionState executeLocalTransaction(Message message, Object arg) {
        if (arg instanceof RocketMqPaymentSucceededPublisher.LocalWork work) return work.run();
        log.error("half message key={} sent without its local transaction: left to check-back", message.getKeys());
        return LocalTransactionState.UNKNOW;
    }

    @Override
    public LocalTransactionState checkLocalTransaction(MessageExt message) {
        String paymentNo = message.getKeys();
        Optional<PaymentOrder> payment;
        try {
            payment = paymentNo == null ? Optional.empty() : payments.find(paymentNo);
        } catch (RuntimeException e) {
            log.warn("check-back key={}: cannot read the payment ({}), asking again later", paymentNo, e.toString());
            return LocalTransactionState.UNKNOW;
        }
        LocalTransactionState state = decide(payment, message);
        log.info("check-back key={} status={} -> {}", paymentNo, payment.map(PaymentOrder::status).orElse(null), state);
        return state;
    }

    private LocalTransactionState decide(Optional<PaymentOrder> payment, MessageExt message) {
        if (payment.isPresent() && payment.get().status() == PaymentStatus.SUCCEEDED) {
            String announced = message.getUserProperty(PROVIDER_TXN_ID);
            boolean sameTransaction = announced == null || announced.equals(payment.get().providerTxnId());
            return sameTransaction ? LocalTransactionState.COMMIT_MESSAGE : LocalTransactionState.ROLLBACK_MESSAGE;
        }
        long ageMs = clock.millis() - message.getBornTimestamp();
        return ageMs < giveUpAfter.toMillis() ? LocalTransactionState.UNKNOW : LocalTransactionState.ROLLBACK_MESSAGE;
    }
}
