package io.kaola.common.id;

/**
 * Time-ordered 63-bit ids in the Snowflake layout: 41 bits of milliseconds since
 * 2024-01-01T00:00Z, 10 bits of worker id, 12 bits of sequence (4096 ids per
 * millisecond per worker). Thread-safe. If the clock moves back, it waits for it.
 */
public final class IdGenerator {
    private static final long EPOCH_MS = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    private static final int WORKER_BITS = 10;
    private static final int SEQUENCE_BITS = 12;
    private static final long MAX_WORKER = (1L << WORKER_BITS) - 1;
    private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;

    private final long workerId;
    private long lastMs = -1;
    private long sequence;

    /** @param workerId 0..1023, unique among the running instances that share an id space */
    public IdGenerator(long workerId) {
        if (workerId < 0 || workerId > MAX_WORKER) throw new IllegalArgumentException("workerId must be 0.." + MAX_WORKER);
        this.workerId = workerId;
    }

    /** @return the next id, strictly greater than every id this instance returned before */
    public synchronized long nextId() {
        long now = System.currentTimeMillis();
        if (now < lastMs) now = waitUntil(lastMs);
        if (now == lastMs) {
            sequence = (sequence + 1) & SEQUENCE_MASK;
            if (sequence == 0) now = waitUntil(lastMs + 1);
        } else {
            sequence = 0;
        }
        lastMs = now;
        return ((now - EPOCH_MS) << (WORKER_BITS + SEQUENCE_BITS)) | (workerId << SEQUENCE_BITS) | sequence;
    }

    private static long waitUntil(long targetMs) {
        long now = System.currentTimeMillis();
        while (now < targetMs) {
            Thread.onSpinWait();
            now = System.currentTimeMillis();
        }
        return now;
    }
}
