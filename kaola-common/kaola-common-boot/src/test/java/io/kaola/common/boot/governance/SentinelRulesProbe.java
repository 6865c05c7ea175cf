package io.kaola.common.boot.governance;

import com.alibaba.csp.sentinel.slots.block.flow.FlowRule;
import com.alibaba.csp.sentinel.slots.block.flow.FlowRuleManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryNTimes;

import java.time.Clock;

/**
 * A second "instance" in a JVM of its own for {@link SentinelRuleLoaderIT}: follows one app's rules from ZooKeeper
 * and prints {@code count=<n>} each time the flow rule of the resource changes in its Sentinel, until stdin closes.
 * Args: ZooKeeper connect string, app, resource.
 */
public final class SentinelRulesProbe {
    public static void main(String[] args) throws Exception {
        CuratorFramework client = CuratorFrameworkFactory.newClient(args[0], new RetryNTimes(3, 200));
        client.start();
        client.blockUntilConnected();
        GovernanceStore store = new GovernanceStore(client, new ObjectMapper(), Clock.systemUTC());
        new SentinelRuleLoader(store, ZooKeeperAddress.parse(args[0]), args[1], SentinelRulesProbe.class.getClassLoader());
        System.out.println("ready");
        Thread watcher = new Thread(() -> {
            double last = Double.NaN;
            while (true) {
                double now = FlowRuleManager.getRules().stream().filter(r -> r.getResource().equals(args[2]))
                        .mapToDouble(FlowRule::getCount).findFirst().orElse(-1);
                if (now != last) {
                    System.out.println("count=" + (long) now);
                    last = now;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
        while (System.in.read() >= 0) { /* until the test closes stdin */ }
        System.exit(0);
    }
}
