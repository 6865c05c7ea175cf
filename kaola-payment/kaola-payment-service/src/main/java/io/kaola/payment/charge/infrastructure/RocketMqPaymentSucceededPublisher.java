package io.kaola.payment.charge.infrastructure;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.common.boot.mq.MqProperties;
import io.kaola.common.error.CommonError;
import io.kaola.payment.api.PaymentSucceeded;
import io.kaola.payment.charge.application.PaymentSucceededPublisher;
import io.kaola.payment.charge.domain.CommitOutcomeUnknownException;
import org.apache.rocketmq.client.exception.MQClientException;
import org.apache.rocketmq.client.producer.LocalTransactionState;
import org.apache.rocketmq.client.producer.TransactionMQProducer;
import org.apache.rocketmq.client.producer.TransactionSendResult;
import org.apache.rocketmq.common.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link PaymentSucceededPublisher}, and every other {@link io.kaola.payment.charge.application.TransactionalMessages
 * transactional message} of kaola-payment (refund-succeeded), as RocketMQ transactional messages of one producer
 * (group {@value #PRODUCER_GROUP}): the half message is stored first, then the local transaction runs, then the
 * message is committed or rolled back; {@link PaymentSucceededTransactionListener} answers the check-backs by topic.
 * The producer is kept out of the context (not a bean) so kaola-common-boot still makes its plain producer.
 */
@Component
public class RocketMqPaymentSucceededPublisher implements PaymentSucceededPublisher, InitializingBean, DisposableBean {
    public static final String PRODUCER_GROUP = "payment-tx-producer";
    /** Half-message sends before giving up; each already includes the client's own immediate retries. */
    private static final int HALF_MESSAGE_ATTEMPTS = 3;
    /** No new attempt after this, so a call stays within the gateway's 5 s Dubbo timeout. */
    private static final Duration HALF_MESSAGE_RETRY_WINDOW = Duration.ofMillis(1500);
    private static final Logger log = LoggerFactory.getLogger(RocketMqPaymentSucceededPublisher.class);

    private final MqProperties mq;
    private final ObjectMapper json;
    private final PaymentSucceededTransactionListener listener;
    private TransactionMQProducer producer;
    private ThreadPoolExecutor checkBacks;

    public RocketMqPaymentSucceededPublisher(MqProperties mq, ObjectMapper json, PaymentSucceededTransactionListener listener) {
        this.mq = mq;
        this.json = json;
        this.listener = listener;
    }

    @Override
    public void afterPropertiesSet() throws MQClientException {
        AtomicInteger threads = new AtomicInteger();
        checkBacks = new ThreadPoolExecutor(1, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(500), r -> {
            Thread t = new Thread(r, "payment-tx-check-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        producer = new TransactionMQProducer(PRODUCER_GROUP);
        producer.setNamesrvAddr(mq.nameServer());
        producer.setInstanceName(PRODUCER_GROUP + "@" + ManagementFactory.getRuntimeMXBean().getPid());
        producer.setPollNameServerInterval(mq.pollNameServerIntervalMs());
        producer.setSendMsgTimeout(2000);
        producer.setTransactionListener(listener);
        producer.setExecutorService(checkBacks);
        producer.start();
    }

    @Override
    public void destroy() {
        if (producer != null) producer.shutdown();
        if (checkBacks != null) checkBacks.shutdownNow();
    }

    /** See {@link PaymentSucceededPublisher#send}: key paymentNo, the provider transaction as a user property. */
    @Override
    public boolean send(PaymentSucceeded event, LocalTransaction local) {
        return send(PaymentSucceeded.TOPIC, event.paymentNo(), event,
                Map.of(PaymentSucceededTransactionListener.PROVIDER_TXN_ID, event.providerTxnId()), local);
    }

    /**
     * The half message is retried (at most {@value #HALF_MESSAGE_ATTEMPTS} attempts within
     * {@code HALF_MESSAGE_RETRY_WINDOW}) while the local transaction has not run; see
     * {@link io.kaola.payment.charge.application.TransactionalMessages#send}.
     */
    @Override
    public boolean send(String topic, String key, Serializable event, Map<String, String> properties,
                        LocalTransaction local) {
        LocalWork work = new LocalWork(local);
        long retryUntil = System.nanoTime() + HALF_MESSAGE_RETRY_WINDOW.toNanos();
        TransactionSendResult result = null;
        for (int attempt = 1; result == null; attempt++) {
            Message message = MessagePublisher.toMessage(json, topic, key, event);
            properties.forEach(message::putUserProperty);
            try {
                result = producer.sendMessageInTransaction(message, work);
            } catch (MQClientException e) {
                String cause = e.getCause() == null ? e.getErrorMessage() : e.getCause().getMessage();
                if (work.ran || attempt >= HALF_MESSAGE_ATTEMPTS || System.nanoTime() > retryUntil) {
                    log.warn("half message key={} not stored (attempt {}): {}", key, attempt, cause);
                    if (work.failure != null) throw work.failure;
                    throw CommonError.SERVICE_UNAVAILABLE.exception("message broker unavailable; notification not recorded, retry");
                }
                // nothing happened yet (the local transaction runs only after the half message is stored): a
                // busy broker (flow control) usually takes it a moment later
                log.info("half message key={} not stored (attempt {}), retrying: {}", key, attempt, cause);
                pause(Duration.ofMillis(250L * attempt));
            }
        }
        if (work.failure != null) throw work.failure;
        if (!work.ran) {
            throw CommonError.SERVICE_UNAVAILABLE.exception(
                    "message broker did not store the half message (" + result.getSendStatus() + "); retry");
        }
        return work.committed;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CommonError.SERVICE_UNAVAILABLE.exception("interrupted while the message broker was busy; retry");
        }
    }

    /** Runs the local transaction on the producer's thread and keeps what happened for {@link #send}. */
    static final class LocalWork {
        private final LocalTransaction local;
        private boolean ran;
        private boolean committed;
        private RuntimeException failure;

        LocalWork(LocalTransaction local) { this.local = local; }

        LocalTransactionState run() {
            ran = true;
            try {
                committed = local.commit();
                return committed ? LocalTransactionState.COMMIT_MESSAGE : LocalTransactionState.ROLLBACK_MESSAGE;
            } catch (CommitOutcomeUnknownException e) {
                failure = e;
                return LocalTransactionState.UNKNOW;
            } catch (RuntimeException e) {
                failure = e;
                return LocalTransactionState.ROLLBACK_MESSAGE;
            }
        }
    }
}
