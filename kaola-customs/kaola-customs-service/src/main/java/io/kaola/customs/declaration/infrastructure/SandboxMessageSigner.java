package io.kaola.customs.declaration.infrastructure;

import io.kaola.customs.declaration.application.MessageSigner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The only {@link MessageSigner} here, and only with the Spring profile {@code sandbox} (and
 * {@code kaola.customs.signer=sandbox}): a deployment without the profile has no signer and kaola-customs does not
 * start, rather than sending unsigned declarations. No operator key (UKey)
 * exists, so it adds a {@code ds:Signature} whose SignatureMethod names sm2-sm3 as the real one would, a SHA-256
 * digest of the unsigned message, and the SignatureValue {@code SANDBOX-NOT-SIGNED}. A real single window refuses
 * it (-621049); production needs a signer that calls the operator's key (cross-border.md §4.3b).
 */
@Component
@Profile("sandbox")
@ConditionalOnProperty(prefix = "kaola.customs", name = "signer", havingValue = "sandbox")
public class SandboxMessageSigner implements MessageSigner {
    /** The signature value that marks a message as not really signed. */
    public static final String NOT_SIGNED = "SANDBOX-NOT-SIGNED";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    @Override
    public String sign(String xml) {
        int end = xml.lastIndexOf("</ceb:");
        if (end < 0) throw new IllegalArgumentException("not a CEB message");
        String signature = "<ds:Signature xmlns:ds=\"" + DS + "\"><ds:SignedInfo>"
                + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
                + "<ds:SignatureMethod Algorithm=\"http://www.w3.org/2000/09/xmldsig#sm2-sm3\"/>"
                + "<ds:Reference URI=\"\"><ds:DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/>"
                + "<ds:DigestValue>" + sha256(xml) + "</ds:DigestValue></ds:Reference></ds:SignedInfo>"
                + "<ds:SignatureValue>" + NOT_SIGNED + "</ds:SignatureValue></ds:Signature>";
        return xml.substring(0, end) + signature + xml.substring(end);
    }

    private static String sha256(String xml) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
