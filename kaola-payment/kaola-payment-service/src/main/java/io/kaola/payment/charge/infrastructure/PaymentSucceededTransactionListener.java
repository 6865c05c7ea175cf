package io.kaola.payment.charge.infrastructure;

import io.kaola.payment.api.PaymentStatus;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.charge.application.TransactionCheck;
import io.kaola.payment.charge.domain.CheckBackAnswer;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides the fate of the producer's half messages, by topic: PaymentSucceeded here, every other topic by its
 * {@link TransactionCheck} bean (refund-succeeded: the refund's status). The local transaction itself is passed as the
 * {@code arg} of {@code sendMessageInTransaction} (see {@link RocketMqPaymentSucceededPublisher}); the check-back,
 * asked by the broker when the outcome was lost (crash or network between commit and end-transaction),
 * answers from the database:
 * SUCCEEDED by this message's providerTxnId: COMMIT; still PENDING or absent and younger than
 * {@code kaola.payment.check-back-give-up-after} (60 s): UNKNOW (the local transaction may still run);
 * older, or SUCCEEDED by another transaction: ROLLBACK. Another topic's check answers COMMIT, ROLLBACK or NOT_YET
 * (UNKNOW while younger than the same limit, then ROLLBACK); a topic without a check is rolled back (logged ERROR).
 */
@Component
public class PaymentSucceededTransactionListener implements TransactionListener {
    /** User property carrying the provider transaction the message announces. */
    public static final String PROVIDER_TXN_ID = "providerTxnId";
    private static final Logger log = LoggerFactory.getLogger(PaymentSucceededTransactionListener.class);

    private final PaymentRepository payments;
    private final Clock clock;
    private final Duration giveUpAfter;
    private final Map<String, TransactionCheck> checks = new TreeMap<>();

    /** @throws IllegalStateException (the start fails) when two checks claim one topic */
    public PaymentSucceededTransactionListener(PaymentRepository payments, Clock clock, PaymentProperties properties,
                                               List<TransactionCheck> checks) {
        this.payments = payments;
        this.clock = clock;
        this.giveUpAfter = properties.checkBackGiveUpAfter();
        for (TransactionCheck check : checks) {
            if (PaymentSucceeded.TOPIC.equals(check.topic()) || this.checks.putIfAbsent(check.topic(), check) != null) {
                throw new IllegalStateException("two transaction checks for topic " + check.topic());
            }
        }
    }

    @Override
    public LocalTransactionState executeLocalTransaction(Message message, Object arg) {
        if (arg instanceof RocketMqPaymentSucceededPublisher.LocalWork work) return work.run();
        log.error("half message key={} sent without its local transaction: left to check-back", message.getKeys());
        return LocalTransactionState.UNKNOW;
    }

    @Override
    public LocalTransactionState checkLocalTransaction(MessageExt message) {
        if (message.getTopic() != null && !PaymentSucceeded.TOPIC.equals(message.getTopic())) return checkOther(message);
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

    private LocalTransactionState checkOther(MessageExt message) {
        TransactionCheck check = checks.get(message.getTopic());
        if (check == null) {
            log.error("check-back topic={} key={}: no check for this topic, rolled back", message.getTopic(),
                    message.getKeys());
            return LocalTransactionState.ROLLBACK_MESSAGE;
        }
        CheckBackAnswer answer;
        try {
            answer = check.check(message.getKeys(), message.getProperties());
        } catch (RuntimeException e) {
            log.warn("check-back topic={} key={}: cannot read the database ({}), asking again later", message.getTopic(),
                    message.getKeys(), e.toString());
            return LocalTransactionState.UNKNOW;
        }
        LocalTransactionState state = switch (answer) {
            case COMMIT -> LocalTransactionState.COMMIT_MESSAGE;
            case ROLLBACK -> LocalTransactionState.ROLLBACK_MESSAGE;
            case NOT_YET -> young(message) ? LocalTransactionState.UNKNOW : LocalTransactionState.ROLLBACK_MESSAGE;
        };
        log.info("check-back topic={} key={} {} -> {}", message.getTopic(), message.getKeys(), answer, state);
        return state;
    }

    private boolean young(MessageExt message) { return clock.millis() - message.getBornTimestamp() < giveUpAfter.toMillis(); }

    private LocalTransactionState decide(Optional<PaymentOrder> payment, MessageExt message) {
        if (payment.isPresent() && payment.get().status() == PaymentStatus.SUCCEEDED) {
            String announced = message.getUserProperty(PROVIDER_TXN_ID);
            boolean sameTransaction = announced == null || announced.equals(payment.get().providerTxnId());
            return sameTransaction ? LocalTransactionState.COMMIT_MESSAGE : LocalTransactionState.ROLLBACK_MESSAGE;
        }
        return young(message) ? LocalTransactionState.UNKNOW : LocalTransactionState.ROLLBACK_MESSAGE;
    }
}
