package io.kaola.devinfra;

import org.apache.curator.test.InstanceSpec;
import org.apache.curator.test.TestingServer;

import java.io.File;
import java.io.IOException;

/**
 * A single ZooKeeper server in this JVM (Curator's TestingServer), for the local
 * stack and integration tests. Production uses a real ensemble.
 */
public final class EmbeddedZooKeeper implements AutoCloseable {
    private final TestingServer server;

    /**
     * @param port    client port; 0 picks a free one
     * @param dataDir snapshot/log directory (deleted on close)
     */
    public EmbeddedZooKeeper(int port, File dataDir) throws Exception {
        if (!dataDir.isDirectory() && !dataDir.mkdirs()) throw new IOException("cannot create " + dataDir);
        InstanceSpec spec = new InstanceSpec(dataDir, port <= 0 ? -1 : port, -1, -1, true, 1, 2000, 60);
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
