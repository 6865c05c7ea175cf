package io.kaola.gateway.problem;

import java.io.IOException;

/**
 * A request body grew past its cap while being read (chunked, or longer than its Content-Length said).
 * An IOException, so that it leaves any parser reading the body as an I/O failure; the gateway answers
 * 413 COMMON_PAYLOAD_TOO_LARGE.
 */
public class PayloadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long maxBytes;

    /** @param maxBytes the cap that was passed */
    public PayloadTooLargeException(long maxBytes) {
        super("the request body is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** @return the cap, in bytes */
    public long maxBytes() { return maxBytes; }
}
