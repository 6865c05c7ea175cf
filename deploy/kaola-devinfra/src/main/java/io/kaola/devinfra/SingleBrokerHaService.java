package io.kaola.devinfra;

import org.apache.rocketmq.store.ha.DefaultHAService;

/**
 * RocketMQ's master/slave replication service without its listener. The stock {@link DefaultHAService} opens
 * the HA port ({@code haListenPort}) on every interface, with no setting for the address; the embedded stack
 * has one broker and no slave, so nothing needs that port and it is not opened at all. Everything else
 * (group transfer for synchronous flushes, connection-state notifications) starts as usual.
 * Loaded by RocketMQ's {@code ServiceProvider} from {@code META-INF/service/org.apache.rocketmq.store.ha.HAService}.
 */
public class SingleBrokerHaService extends DefaultHAService {

    /** Starts the replication bookkeeping, but opens no HA listener (no slave will connect). */
    @Override
    public void start() throws Exception {
        this.groupTransferService.start();
        this.haConnectionStateNotificationService.start();
    }
}
