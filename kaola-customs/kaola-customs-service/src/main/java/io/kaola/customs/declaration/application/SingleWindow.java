package io.kaola.customs.declaration.application;

import io.kaola.customs.api.CustomsDocument;

/** The single window (单一窗口) we hand declarations to; its receipts come back on topic customs-receipt-received. */
public interface SingleWindow {
    /**
     * Hands one signed message over; returns when the single window took it.
     *
     * @throws IllegalStateException when it did not (the message stays BUILT and is sent again)
     */
    void send(CustomsDocument document, String orderNo, String guid, String xml);
}
