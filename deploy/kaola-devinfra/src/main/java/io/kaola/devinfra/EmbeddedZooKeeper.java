package io.kaola.devinfra;

import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;

import java.io.File;
import java.io.IOException;
import java.util.Map;

/**
 * A single ZooKeeper server in this JVM (Curator's TestingServer), for the local
 * stack and integration tests, listening on 127.0.0.1 only. Production uses a real ensemble
 * with digest ACLs on the registry paths (docs/security.md).
 */
public final class EmbeddedZooKeeper implements AutoCloseable {
    private final TestingServer server;

    /**
     * @param port    client port; 0 picks a free one
     * @param dataDir snapshot/log directory (deleted on close)
     */
    public EmbeddedZooKeeper(int port, File dataDir) throws Exception {
        if (!dataDir.isDirectory() && !dataDir.mkdirs()) throw new IOException("cannot create " + dataDir);
        // clientPortAddress: listen on loopback only (ZooKeeper's default is every interface)
        InstanceSpec spec = new InstanceSpec(dataDir, port <= 0 ? -1 : port, -1, -1, true, 1, 2000, 60,
                Map.of("clientPortAddress", "127.0.0.1"), "127.0.0.1");
        System.setProperty("zookeeper.admin.enableServer", "false");
        this.server = new TestingServer(spec, true);
    }

    /** @return "127.0.0.1:port" */
    public String connectString() { return "127.0.0.1:" + server.getPort(); }

    /** @return the client port */
    public int port() { return server.getPort(); }

    /** Stops the server (used by failover tests too). */
    @Override
    public void close() throws IOException { server.close(); }
}
