package io.kaola.devinfra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an application's main (SpringApplication.run) in a JVM of its own on the test classpath, with no profile,
 * and collects what it printed and its exit code: a start as the launcher sees it. A start that fails half-way
 * inside the test JVM would leave Dubbo's JVM-wide models destroyed under the other test contexts.
 * The child gets {@link TestInfra}'s settings (ZooKeeper, RocketMQ, service-plane credentials) as system properties.
 *
 * @param exitCode the process's exit code
 * @param output   stdout and stderr together
 */
public record AppRun(int exitCode, String output) {
    private static final List<String> INHERITED = List.of("KAOLA_ZK", "KAOLA_MQ_NAMESRV", "KAOLA_RPC_TLS_DIR");

    /**
     * @param application      the class with the app's main method
     * @param systemProperties further {@code -Dname=value} arguments for the JVM
     * @return how the process ended, once it has (at most 120 s)
     * @throws AssertionError when it is still running after 120 s (it is killed)
     */
    public static AppRun start(Class<?> application, String... systemProperties) throws IOException, InterruptedException {
        TestInfra.start();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        for (String name : INHERITED) {
            if (System.getProperty(name) != null) command.add("-D" + name + "=" + System.getProperty(name));
        }
        command.addAll(List.of(systemProperties));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(application.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        Process process = builder.start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);   // until it exits
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the application did not stop within 120 s:\n" + output);
        }
        return new AppRun(process.exitValue(), output);
    }
}
