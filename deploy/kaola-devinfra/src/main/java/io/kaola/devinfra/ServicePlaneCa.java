package io.kaola.devinfra;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * The local certificate authority of the service plane: issues each Kaola application a certificate whose
 * subject CN is its application name, used by Dubbo's mutual TLS ({@code dubbo.ssl.*}, set by kaola-common-boot's
 * ServicePlaneEnvironmentPostProcessor). A provider accepts only peers with a certificate signed by this CA,
 * and reads the caller's application name from the CN (docs/security.md).
 * <p>For the local stack ({@code ./kaola up}: {@code $KAOLA_VAR/tls}) and integration tests only. A deployment
 * issues the same files from its own CA (cert-manager, Vault, an internal PKI). Layout of {@code dir}
 * (directory mode 700, every file mode 600): {@code ca.crt}, {@code ca.key}, and per application
 * {@code <app>.crt} (PEM, leaf only) and {@code <app>.key} (PEM, PKCS#8). Keys are EC P-256, signatures
 * ECDSA-SHA256; the CA lives 10 years, application certificates 825 days.
 */
public final class ServicePlaneCa {
    /** Every application of the platform; a new service adds its {@code spring.application.name} here. */
    public static final List<String> APPLICATIONS = List.of("kaola-user", "kaola-product", "kaola-inventory",
            "kaola-pricing", "kaola-order", "kaola-payment", "kaola-logistics", "kaola-customs", "kaola-promotion", "kaola-gateway");

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration CA_LIFETIME = Duration.ofDays(3650);
    private static final Duration APP_LIFETIME = Duration.ofDays(825);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServicePlaneCa() {}

    /**
     * Creates the CA in {@code dir} unless it exists, then a certificate for every application that has none
     * (existing files are kept: run it at every start).
     *
     * @param dir          directory of the credentials, created with mode 700 when missing
     * @param applications application names (the CN of each certificate), e.g. "kaola-order"
     * @throws IllegalStateException when a file cannot be read or written, or the CA files are damaged
     */
    public static void ensure(Path dir, Collection<String> applications) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                restrict(dir, "rwx------");
            }
            Path caCert = dir.resolve("ca.crt");
            Path caKey = dir.resolve("ca.key");
            if (!Files.exists(caCert) || !Files.exists(caKey)) {
                KeyPair ca = newKeyPair();
                X500Name name = new X500Name("CN=Kaola service-plane CA (local),O=Kaola");
                X509Certificate cert = sign(name, ca.getPublic(), name, ca, CA_LIFETIME, true, List.of());
                writePem(caKey, ca.getPrivate());
                writePem(caCert, cert);
            }
            KeyPair ca = new KeyPair(readCertificate(caCert).getPublicKey(), readKey(caKey));
            X500Name issuer = X500Name.getInstance(readCertificate(caCert).getSubjectX500Principal().getEncoded());
            for (String app : applications) {
                if (!app.matches("[a-z][a-z0-9-]{1,62}")) throw new IllegalArgumentException("bad application name " + app);
                Path crt = dir.resolve(app + ".crt");
                Path key = dir.resolve(app + ".key");
                if (Files.exists(crt) && Files.exists(key)) continue;
                KeyPair leaf = newKeyPair();
                X509Certificate cert = sign(new X500Name("CN=" + app + ",OU=service plane,O=Kaola"), leaf.getPublic(),
                        issuer, ca, APP_LIFETIME, false, List.of(
                                new GeneralName(GeneralName.dNSName, app),
                                new GeneralName(GeneralName.dNSName, "localhost"),
                                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                                new GeneralName(GeneralName.iPAddress, "::1")));
                writePem(key, leaf.getPrivate());
                writePem(crt, cert);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the service-plane credentials in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X500Name subject, java.security.PublicKey subjectKey, X500Name issuer,
                                        KeyPair issuerKeys, Duration lifetime, boolean isCa,
                                        List<GeneralName> altNames) throws GeneralSecurityException, IOException {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(lifetime)), subject, subjectKey);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                extensions.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
        if (isCa) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } else {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[]{KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(altNames.toArray(GeneralName[]::new)));
        }
        ContentSigner signer;
        try {
            signer = new JcaContentSignerBuilder(SIGNATURE).build(issuerKeys.getPrivate());
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        X509CertificateHolder holder = builder.build(signer);
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static void writePem(Path file, Object value) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            // private keys as PKCS#8 ("BEGIN PRIVATE KEY"), the form Netty's SslContextBuilder reads
            pem.writeObject(value instanceof PrivateKey key ? new JcaPKCS8Generator(key, null) : value);
        }
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        restrict(tmp, "rw-------");
        Files.writeString(tmp, text.toString(), StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (Reader reader = Files.newBufferedReader(file); PEMParser parser = new PEMParser(reader)) {
            Object read = parser.readObject();
            if (!(read instanceof X509CertificateHolder holder)) throw new IOException(file + " holds no certificate");
            return new JcaX509CertificateConverter().getCertificate(holder);
        }
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file); PEMParser parser = new PEMParser(reader)) {
            Object read = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (read instanceof PrivateKeyInfo info) return converter.getPrivateKey(info);
            if (read instanceof PEMKeyPair pair) return converter.getKeyPair(pair).getPrivate();
            throw new IOException(file + " holds no private key");
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the directory's ACL applies
        }
    }
}
