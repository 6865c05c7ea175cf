package io.kaola.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment files validated without a Docker engine or a cluster (issue 15 §1, §3; docs/deploy.md):
 * {@code deploy/validate.sh} checks docker-compose.yml (dclint's schema and our own rules: variables, health checks,
 * limits, bindings) and renders every Kubernetes overlay with kubectl kustomize, then validates the documents against
 * offline schemas, strictly (unknown fields), and against our rules (probes, limits, non-root, disruption budgets).
 * Needs no stack.
 */
class DeployManifestsIT {
    @Test
    void compose_and_every_kubernetes_overlay_validate() throws Exception {
        Path root = root();
        Process p = new ProcessBuilder("bash", root.resolve("deploy/validate.sh").toString())
                .directory(root.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("validate.sh finished").isTrue();
        System.out.println(out);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("validate.sh: all checks passed").doesNotContain("FAIL");
    }

    private static Path root() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) dir = dir.getParent();
        if (dir == null) throw new IOException("repository root (docker-compose.yml) not found above " + Path.of("").toAbsolutePath());
        return dir;
    }
}
