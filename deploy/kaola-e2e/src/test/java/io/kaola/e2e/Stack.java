package io.kaola.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The whole stack, started with {@code ./kaola up} from the packaged jars of this build, on
 * ports shifted by {@link #PORT_OFFSET} and with its own databases ({@code *_e2e}), Redis
 * database 2 and var directory, so that it never touches a developer's running stack.
 */
final class Stack {
    static final int PORT_OFFSET = 1000;
    static final String DB_SUFFIX = "_e2e";
    static final int REDIS_DB = 2;
    /** The unpaid timeout of the e2e stack. */
    static final java.time.Duration UNPAID_TIMEOUT = java.time.Duration.ofSeconds(30);
    static final List<String> DATABASES = List.of("kaola_user", "kaola_product", "kaola_inventory", "kaola_pricing",
            "kaola_order_0", "kaola_order_1", "kaola_payment", "kaola_logistics", "kaola_customs",
            "kaola_promotion");

    private static Stack shared;

    final Path root;
    final Path var;
    /** What {@code ./kaola up} printed. */
    String upOutput = "";
    final String opsEmail = "ops-e2e@kaola.local";
    final String opsPassword = "e2e-" + UUID.randomUUID();

    Stack() {
        this.root = findRoot();
        this.var = root.resolve("deploy/kaola-e2e/target/e2e-var");
    }

    /**
     * The one stack every end-to-end test class shares: started by the first caller, stopped when the test JVM
     * exits (./kaola down by pid), so the suite pays for one start.
     * @return the running stack
     */
    static synchronized Stack shared() throws Exception {
        if (shared == null) {
            Stack stack = new Stack();
            stack.up();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try { stack.down(); } catch (Exception e) { System.err.println("./kaola down failed: " + e); }
            }, "e2e-stack-down"));
            shared = stack;
        }
        return shared;
    }

    /** @return the name server of the stack's RocketMQ */
    String nameServer() { return "127.0.0.1:" + (9876 + PORT_OFFSET); }

    /** @return base URL of the gateway's API */
    String api() { return "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/api"; }

    /** @return a sample catalogue shipped in the repository's {@code samples/} (what the README walkthrough imports) */
    Path dataset(String name) {
        Path candidate = root.resolve("samples").resolve(name);
        if (!Files.isDirectory(candidate)) throw new IllegalStateException("dataset not found: " + candidate);
        return candidate;
    }

    /** Fresh databases and Redis db, then {@code ./kaola up}; fails with the launcher's output. */
    void up() throws Exception {
        resetDatabases();
        flushRedis();
        Result result = kaola(Duration.ofMinutes(6), "up");
        System.out.println(result.output);
        upOutput = result.output;
        if (result.exitCode != 0) throw new IllegalStateException("./kaola up failed:\n" + result.output);
    }

    void down() throws Exception {
        System.out.println(kaola(Duration.ofMinutes(1), "down").output);
    }

    Result kaola(Duration timeout, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(root.resolve("kaola").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("KAOLA_VAR", var.toString());
        env.put("KAOLA_PORT_OFFSET", Integer.toString(PORT_OFFSET));
        env.put("KAOLA_DB_SUFFIX", DB_SUFFIX);
        env.put("KAOLA_REDIS_DB", Integer.toString(REDIS_DB));
        env.put("KAOLA_NO_BUILD", "1");
        // one start per suite: a class-data archive recorded now would only cost the exit (docs/performance.md)
        env.put("KAOLA_CDS", "0");
        env.put("KAOLA_OPS_EMAIL", opsEmail);
        env.put("KAOLA_OPS_PASSWORD", opsPassword);
        // edge limits (docs/edge-limits.md) with 10 s login windows, so that SecuritySuiteIT sees a throttled owner
        // let in again; registration per IP raised: the journey registers some 70 shoppers from 127.0.0.1
        env.put("KAOLA_GATEWAY_LIMITS_LOGIN_PER_ACCOUNT_AND_IP_WINDOW", "10s");
        env.put("KAOLA_GATEWAY_LIMITS_LOGIN_PER_ACCOUNT_WINDOW", "10s");
        env.put("KAOLA_GATEWAY_LIMITS_LOGIN_PER_IP_WINDOW", "10s");
        env.put("KAOLA_GATEWAY_LIMITS_REGISTER_PER_IP_PERMITS", "200");
        // OrderToDoorIT watches an unpaid order close; every other test pays or checks its orders within seconds
        env.put("KAOLA_ORDER_UNPAID_TIMEOUT", UNPAID_TIMEOUT.toSeconds() + "s");
        // a poison message reaches the dead-letter queue after two retries (3 s and 5 s with the dev broker's levels)
        env.put("KAOLA_MQ_MAXRECONSUMETIMES", "2");
        Process process = pb.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeout.seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("./kaola " + String.join(" ", args) + " timed out");
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Starts one more instance of a service (a second provider), tracked by ./kaola down. */
    long startExtraInstance(String service, int httpPort, int dubboPort) throws IOException {
        String upper = service.toUpperCase();
        Path jar = root.resolve("kaola-" + service + "/kaola-" + service + "-service/target/kaola-" + service + "-service.jar");
        Path log = var.resolve("logs/" + service + "-2.log");
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx200m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dkaola.process=kaola-" + service + "-2", "-Ddubbo.service.shutdown.wait=1000",
                "-Drocketmq.log.root=" + var.resolve("logs/rocketmq"),
                "-DKAOLA_" + upper + "_HTTP_PORT=" + httpPort, "-DKAOLA_" + upper + "_DUBBO_PORT=" + dubboPort,
                "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("KAOLA_ZK", "127.0.0.1:" + (2181 + PORT_OFFSET));
        env.put("KAOLA_RPC_TLS_DIR", var.resolve("tls").toString());
        env.put("KAOLA_MQ_NAMESRV", "127.0.0.1:" + (9876 + PORT_OFFSET));
        env.put("KAOLA_DB_SUFFIX", DB_SUFFIX);
        env.put("KAOLA_REDIS_DB", Integer.toString(REDIS_DB));
        long pid = pb.start().pid();
        Files.writeString(var.resolve("run/" + service + "-2.pid"), Long.toString(pid));
        return pid;
    }

    /** @return the pid ./kaola up recorded for a service */
    long pidOf(String service) throws IOException {
        return Long.parseLong(Files.readString(var.resolve("run/" + service + ".pid")).trim());
    }

    private void resetDatabases() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement s = c.createStatement()) {
            for (String db : DATABASES) {
                s.execute("DROP DATABASE IF EXISTS " + db + DB_SUFFIX);
            }
        }
    }

    private static void flushRedis() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", 6379)) {
            OutputStream out = socket.getOutputStream();
            out.write(("SELECT " + REDIS_DB + "\r\nFLUSHDB\r\nQUIT\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.getInputStream().readAllBytes();
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("kaola"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("cannot find the repository root (the kaola script)");
        return dir;
    }

    record Result(int exitCode, String output) {}

    record Duration(long seconds) {
        static Duration ofMinutes(long minutes) { return new Duration(minutes * 60); }
    }
}
