package io.kaola.user.serviceplane;

import io.kaola.devinfra.TestInfra;
import org.apache.curator.framework.CuratorFramework;
import org.apache.curator.framework.CuratorFrameworkFactory;
import org.apache.curator.retry.RetryOneTime;
import org.apache.zookeeper.KeeperException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The deployment setting for ZooKeeper (docs/security.md): with credentials in the registry address
 * ({@code KAOLA_ZK=user:password@host:port}) Dubbo authenticates with digest auth and creates every registry
 * node with the CREATOR_ALL ACL, so a client without those credentials cannot even list the providers.
 * A registry root of its own ({@code dubbo.registry.group}) stands for a fresh deployment's registry.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0", "spring.profiles.active=sandbox",
        "dubbo.registry.group=kaola-acl-it",
        "kaola.identity.keys=it1:aXQtb25seS1hZXMta2V5LTAxMjM0NTY3ODlhYmNkZWY=", "kaola.identity.current-key=it1",
        "kaola.identity.index-key=aXQtb25seS1pbmRleC1rZXktMDEyMzQ1Njc4OWFiY2Q="})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RegistryAclIT {
    private static final String ROOT = "/kaola-acl-it";

    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_user_it");
    }

    @DynamicPropertySource
    static void registryWithCredentials(DynamicPropertyRegistry registry) {
        registry.add("dubbo.registry.address", () -> "zookeeper://kaola-it:zk-secret@" + TestInfra.zooKeeper());
    }

    @Test
    void without_the_registry_credentials_the_providers_cannot_be_listed() throws Exception {
        try (CuratorFramework stranger = client(null)) {
            Throwable refused = catchThrowable(() -> stranger.getChildren().forPath(ROOT));
            assertThat(refused).isInstanceOf(KeeperException.NoAuthException.class);
        }
        try (CuratorFramework kaola = client("kaola-it:zk-secret")) {
            List<String> services = kaola.getChildren().forPath(ROOT);
            assertThat(services).contains("io.kaola.user.api.IdentityService");
            assertThat(kaola.getChildren().forPath(ROOT + "/io.kaola.user.api.IdentityService/providers")).isNotEmpty();
        }
        try (CuratorFramework wrongPassword = client("kaola-it:guess")) {
            assertThat(catchThrowable(() -> wrongPassword.getChildren().forPath(ROOT)))
                    .isInstanceOf(KeeperException.NoAuthException.class);
        }
    }

    private static CuratorFramework client(String digest) throws InterruptedException {
        CuratorFrameworkFactory.Builder builder = CuratorFrameworkFactory.builder()
                .connectString(TestInfra.zooKeeper()).retryPolicy(new RetryOneTime(200));
        if (digest != null) builder.authorization("digest", digest.getBytes(StandardCharsets.UTF_8));
        CuratorFramework client = builder.build();
        client.start();
        client.blockUntilConnected();
        return client;
    }
}
