package io.kaola.devinfra;

import org.apache.rocketmq.broker.BrokerController;
import org.apache.rocketmq.broker.transaction.TransactionalMessageService;
import org.apache.rocketmq.common.BrokerConfig;
import org.apache.rocketmq.common.MQVersion;
import org.apache.rocketmq.common.TopicConfig;
import org.apache.rocketmq.common.namesrv.NamesrvConfig;
import org.apache.rocketmq.common.topic.TopicValidator;
import org.apache.rocketmq.namesrv.NamesrvController;
import org.apache.rocketmq.remoting.netty.NettyClientConfig;
import org.apache.rocketmq.remoting.netty.NettyServerConfig;
import org.apache.rocketmq.remoting.protocol.RemotingCommand;
import org.apache.rocketmq.store.config.MessageStoreConfig;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A RocketMQ name server and one broker in this JVM, sized small (64 MiB commit-log
 * files, no timer wheel). Pitfalls from docs/stack: the remoting version property
 * must be set before the controllers start, or the name server keeps no routes;
 * the HA port binds all interfaces; transaction check-back settles at
 * {@code transactionTimeOut} = 4 s with a 1 s check interval; the broker's transactional message service
 * is {@link IdleAwareTransactionalMessageService} (5.5.0's own busy-loops a core once idle).
 */
public final class EmbeddedRocketMq implements AutoCloseable {
    private final NamesrvController namesrv;
    private final BrokerController broker;
    private final int namesrvPort;

    /**
     * @param namesrvPort name-server port
     * @param brokerPort  broker port L (L-2 and L+1 are used too)
     * @param storeDir    store root (commit log, consume queues, config)
     * @param fastRetries true for tests: every delay level is 1 s, so retries and the DLQ come in seconds
     */
    public EmbeddedRocketMq(int namesrvPort, int brokerPort, File storeDir, boolean fastRetries) throws Exception {
        System.setProperty(RemotingCommand.REMOTING_VERSION_KEY, Integer.toString(MQVersion.CURRENT_VERSION));
        this.namesrvPort = namesrvPort;

        NamesrvConfig namesrvConfig = new NamesrvConfig();
        namesrvConfig.setKvConfigPath(new File(storeDir, "namesrv/kvConfig.json").getPath());
        namesrvConfig.setConfigStorePath(new File(storeDir, "namesrv/namesrv.properties").getPath());
        NettyServerConfig namesrvNetty = new NettyServerConfig();
        namesrvNetty.setListenPort(namesrvPort);
        namesrvNetty.setBindAddress("127.0.0.1");
        namesrv = new NamesrvController(namesrvConfig, namesrvNetty, new NettyClientConfig());
        if (!namesrv.initialize()) throw new IllegalStateException("name server did not initialize");
        namesrv.start();

        BrokerConfig brokerConfig = new BrokerConfig();
        brokerConfig.setBrokerName("kaola-broker");
        brokerConfig.setBrokerClusterName("kaola");
        brokerConfig.setBrokerIP1("127.0.0.1");
        brokerConfig.setNamesrvAddr("127.0.0.1:" + namesrvPort);
        brokerConfig.setAutoCreateTopicEnable(true);
        brokerConfig.setTransactionTimeOut(4000);
        brokerConfig.setTransactionCheckInterval(1000);
        NettyServerConfig brokerNetty = new NettyServerConfig();
        brokerNetty.setListenPort(brokerPort);
        brokerNetty.setBindAddress("127.0.0.1");
        MessageStoreConfig store = new MessageStoreConfig();
        store.setStorePathRootDir(storeDir.getPath());
        store.setStorePathCommitLog(new File(storeDir, "commitlog").getPath());
        store.setMappedFileSizeCommitLog(64 * 1024 * 1024);
        store.setMappedFileSizeConsumeQueue(60_000 * 20);
        store.setMappedFileSizeTimerLog(8 * 1024 * 1024);
        store.setMaxHashSlotNum(50_000);
        store.setMaxIndexNum(200_000);
        store.setHaListenPort(brokerPort + 1);
        store.setTimerWheelEnable(false);
        store.setMessageDelayLevel(fastRetries
                ? "1s 1s 1s 1s 1s 1s 1s 1s 1s 1s 1s 1s 1s 1s 1s 1s 1s 1s"
                : "1s 2s 3s 5s 10s 30s 1m 2m 3m 4m 5m 6m 7m 8m 9m 10m 20m 30m");
        broker = new BrokerController(brokerConfig, brokerNetty, new NettyClientConfig(), store);
        if (!broker.initialize()) throw new IllegalStateException("broker did not initialize");
        // RocketMQ 5.5.0's own service spins a core once idle (apache/rocketmq#10966): swap in the fixed one
        TransactionalMessageService stock = broker.getTransactionalMessageService();
        broker.setTransactionalMessageService(new IdleAwareTransactionalMessageService(broker));
        stock.close();
        broker.start();
    }

    /**
     * Creates topics up front (4 queues each) and returns once the name server routes every one of them and
     * the auto-create template topic (TBW102), so that a first send finds a route at once.
     * <p>
     * Waiting matters: the broker registers only with name servers its remoting client has already found
     * reachable, and that scan runs asynchronously after start. A registration that loses the race does
     * nothing and says nothing; the routes then appear only at the broker's next periodic registration,
     * 10 s later, and a send in between fails with "No route info of this topic" (docs/stack.md).
     * @param topics topic names
     * @throws IllegalStateException if the name server does not route them within 30 s
     */
    public void createTopics(Collection<String> topics) {
        for (String topic : topics) {
            broker.getTopicConfigManager().updateTopicConfig(new TopicConfig(topic, 4, 4, 6));
        }
        List<String> expected = new ArrayList<>(topics);
        expected.add(TopicValidator.AUTO_CREATE_TOPIC_KEY_TOPIC);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            broker.registerBrokerAll(true, false, true);
            List<String> unrouted = expected.stream()
                    .filter(topic -> namesrv.getRouteInfoManager().pickupTopicRouteData(topic) == null)
                    .toList();
            if (unrouted.isEmpty()) return;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("name server still routes none of " + unrouted + " after 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topic routes", e);
            }
        }
    }

    /** @return "127.0.0.1:port" of the name server */
    public String nameServer() { return "127.0.0.1:" + namesrvPort; }

    @Override
    public void close() {
        broker.shutdown();
        namesrv.shutdown();
    }
}
