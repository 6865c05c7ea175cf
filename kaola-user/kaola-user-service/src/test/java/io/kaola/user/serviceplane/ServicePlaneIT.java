package io.kaola.user.serviceplane;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.devinfra.ServicePlaneCa;
import io.kaola.devinfra.ServicePlaneClient;
import io.kaola.devinfra.TestInfra;
import io.kaola.user.api.DeclarationIdentity;
import io.kaola.user.api.IdentityService;
import io.kaola.user.api.IdentitySandboxAdminService;
import io.kaola.user.api.IdentityStatus;
import io.kaola.user.api.VerifyIdentityRequest;
import io.kaola.user.account.application.RegisterAccount;
import io.kaola.user.api.Role;
import java.util.Set;
import io.kaola.user.identity.domain.IdentityNumber;
import org.apache.dubbo.common.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The service plane is private and authenticated (issue "trust boundaries", docs/security.md): kaola-user's
 * Dubbo port answers only callers with a certificate of the service-plane CA, and the full identity number only
 * to the applications {@code IdentityService.declarationIdentity} allows.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0", "spring.profiles.active=sandbox",
        "kaola.identity.keys=it1:aXQtb25seS1hZXMta2V5LTAxMjM0NTY3ODlhYmNkZWY=", "kaola.identity.current-key=it1",
        "kaola.identity.index-key=aXQtb25seS1pbmRleC1rZXktMDEyMzQ1Njc4OWFiY2Q="})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ServicePlaneIT {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static Path outsiderCredentials;

    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_user_it");
    }

    @Autowired ApplicationContext context;
    @Autowired RegisterAccount registerAccount;
    @Autowired IdentitySandboxAdminService sandbox;
    @Autowired IdentityService identities;

    @BeforeAll
    static void anotherCa() throws IOException {
        outsiderCredentials = Files.createTempDirectory("kaola-outsider-");
        ServicePlaneCa.ensure(outsiderCredentials.resolve("tls"), java.util.List.of("kaola-payment"));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (var files = Files.walk(outsiderCredentials)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void the_dubbo_port_listens_on_the_loopback_only() {
        URL exported = identityProvider();
        assertThat(exported.getHost()).isEqualTo("[::1]");
        assertThat(exported.getParameter("bind.ip")).isEqualTo("[::1]");
        assertThat(exported.getParameter("anyhost")).isEqualTo("false");
    }

    @Test
    void a_raw_request_without_tls_gets_no_answer() throws IOException {
        URL exported = identityProvider();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(exported.getHost(), exported.getPort()), 2000);
            socket.setSoTimeout(5000);
            // a Dubbo request header (magic 0xdabb, request + two-way + hessian2, id 1) and an empty body
            socket.getOutputStream().write(new byte[]{(byte) 0xda, (byte) 0xbb, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0});
            socket.getOutputStream().flush();
            assertThat(readAll(socket.getInputStream())).as("bytes answered to a plaintext request").isZero();
        }
    }

    @Test
    void tls_without_a_client_certificate_gets_no_answer() throws Exception {
        URL exported = identityProvider();
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trustingThePlaneCa().getTrustManagers(), null);   // trusts the server, shows no certificate
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(exported.getHost(), exported.getPort()), 2000);
            socket.setSoTimeout(5000);
            Throwable refused = catchThrowable(() -> {
                socket.getOutputStream().write(new byte[]{(byte) 0xda, (byte) 0xbb, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0});
                socket.getOutputStream().flush();
                assertThat(readAll(socket.getInputStream())).isZero();
            });
            // TLS 1.3: the server's certificate_required alert surfaces at the first read, as an exception or EOF
            if (refused != null) assertThat(refused).isInstanceOf(IOException.class);
        }
    }

    @Test
    void a_certificate_of_another_ca_is_refused() {
        try (ServicePlaneClient outsider = new ServicePlaneClient("kaola-payment", outsiderCredentials.resolve("tls"))) {
            IdentityService identities = outsider.reference(IdentityService.class, address(identityProvider()));
            Throwable refused = catchThrowable(() -> identities.getIdentity(1));
            assertThat(refused).isNotNull().isNotInstanceOf(KaolaException.class);
        }
    }

    @Test
    void the_gateway_may_read_identities_but_never_the_full_number() {
        long user = verifiedUser();
        try (ServicePlaneClient gateway = new ServicePlaneClient("kaola-gateway", tlsDir())) {
            IdentityService identities = gateway.reference(IdentityService.class, address(identityProvider()));
            assertThat(identities.getIdentity(user).status()).isEqualTo(IdentityStatus.VERIFIED);
            Throwable refused = catchThrowable(() -> identities.declarationIdentity(user));
            assertThat(refused).isInstanceOf(KaolaException.class);
            assertThat(((KaolaException) refused).is(CommonError.FORBIDDEN)).isTrue();
            assertThat(refused.getMessage()).contains("kaola-gateway may not call IdentityService.declarationIdentity");
        }
    }

    @Test
    void kaola_payment_gets_the_full_identity_for_the_payer_check() {
        long user = verifiedUser();
        try (ServicePlaneClient payment = new ServicePlaneClient("kaola-payment", tlsDir())) {
            IdentityService identities = payment.reference(IdentityService.class, address(identityProvider()));
            DeclarationIdentity identity = identities.declarationIdentity(user);
            assertThat(identity.name()).isEqualTo("王五");
            assertThat(identity.idNumber()).hasSize(18);
        }
    }

    private long verifiedUser() {
        int n = SEQUENCE.incrementAndGet();
        long user = registerAccount.register("plane-" + n + "-" + System.nanoTime() + "@example.com",
                "correct-horse-battery", "Plane " + n, Set.of(Role.SHOPPER)).id();
        String first17 = "11010519900101" + String.format("%03d", 100 + n);
        String number = first17 + IdentityNumber.checkCharacter(first17);
        sandbox.registerRealIdentity("王五", number);
        identities.verify(new VerifyIdentityRequest(user, "王五", number));
        return user;
    }

    private URL identityProvider() { return ServicePlaneClient.exportedUrl(context, IdentityService.class); }

    private static String address(URL url) { return url.getHost() + ":" + url.getPort(); }

    private static Path tlsDir() { return ServicePlaneClient.testCredentials(); }

    private static TrustManagerFactory trustingThePlaneCa() throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(tlsDir().resolve("ca.crt"))) {
            store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory;
    }

    /** @return how many bytes arrived before the peer closed the connection */
    private static int readAll(InputStream in) throws IOException {
        int total = 0;
        byte[] buffer = new byte[256];
        for (int n; (n = in.read(buffer)) != -1; ) total += n;
        return total;
    }
}
