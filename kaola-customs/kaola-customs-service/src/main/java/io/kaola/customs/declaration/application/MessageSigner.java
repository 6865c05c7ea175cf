package io.kaola.customs.declaration.application;

/**
 * Signs a message (ds:Signature, sm2-sm3 with the operator's UKey in production, cross-border.md §4.3b). No key
 * exists here: the only implementation is the sandbox signer, which marks messages as not really signed.
 */
public interface MessageSigner {
    /** @return the message with its signature element */
    String sign(String xml);
}
