package io.kaola.devinfra;

import org.apache.rocketmq.broker.BrokerController;
import org.apache.rocketmq.broker.transaction.queue.MessageQueueOpContext;
import org.apache.rocketmq.broker.transaction.queue.TransactionalMessageBridge;
import org.apache.rocketmq.broker.transaction.queue.TransactionalMessageServiceImpl;

/**
 * RocketMQ 5.5.0's transactional message service with its op-batch busy loop fixed (apache/rocketmq issue
 * #10966, fix proposed in PR #10967, not released). The stock {@code batchSendOpMessage} keeps drained
 * per-queue contexts with a stale timestamp and then answers "run again now" (0); its
 * {@code TransactionalOpBatchService} thread spins on one core for as long as the broker lives once the first
 * transactional message has been committed. On this 2-core machine that was half of the CPU, in every test JVM
 * and in {@code ./kaola up} (docs/performance.md).
 *
 * <p>Here, when every context is drained the next run is one {@code transactionOpBatchInterval} away, as for
 * an idle broker; new commits still wake the thread early when a batch fills up. A context that still holds
 * offsets (a batch over the size limit) keeps the immediate re-run. A production broker needs a release with
 * the fix (docs/stack.md).
 */
final class IdleAwareTransactionalMessageService extends TransactionalMessageServiceImpl {
    private static final int DEFAULT_INTERVAL_MS = 3000;
    private final BrokerController broker;

    /** @param broker the broker whose message store holds the half and op queues */
    IdleAwareTransactionalMessageService(BrokerController broker) {
        super(new TransactionalMessageBridge(broker, broker.getMessageStore()));
        this.broker = broker;
    }

    /** @return the stock answer, or now + the batch interval instead of "now" when nothing is left to send */
    @Override
    public long batchSendOpMessage() {
        long next = super.batchSendOpMessage();
        if (next != 0 || !drained()) {
            return next;
        }
        // the op-batch thread starts inside the super constructor, possibly before this.broker is assigned
        int interval = broker == null ? DEFAULT_INTERVAL_MS : broker.getBrokerConfig().getTransactionOpBatchInterval();
        return System.currentTimeMillis() + Math.max(interval, 1);
    }

    private boolean drained() {
        for (MessageQueueOpContext context : getDeleteContext().values()) {
            if (context.getTotalSize().get() > 0 || !context.getContextQueue().isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
