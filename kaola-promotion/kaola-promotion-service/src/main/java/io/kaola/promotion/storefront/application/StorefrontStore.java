package io.kaola.promotion.storefront.application;

/** Where pre-built pages live for the gateway to read (Redis), each page under its replica keys. */
public interface StorefrontStore {
    /** Writes {@code page} as JSON under every key in {@code keys}. */
    void write(Iterable<String> keys, Object page);
}
