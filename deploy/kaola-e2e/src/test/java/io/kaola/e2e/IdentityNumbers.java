package io.kaola.e2e;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Synthetic, valid 18-digit resident identity numbers (GB 11643-1999, ISO 7064 MOD 11-2 check digit),
 * a new one on every call: region 110101, birth dates in 1990, sequence numbers counting up.
 */
final class IdentityNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500));
    /** Every number handed out, so a test can check that none appears in full anywhere. */
    static final java.util.Set<String> ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private IdentityNumbers() {}

    static String next() {
        int n = NEXT.getAndIncrement();
        int day = 1 + (n / 999) % 28;
        int seq = 1 + n % 999;
        String body = String.format("1101011990%02d%02d%03d", 1 + (n / (999 * 28)) % 12, day, seq);
        String number = body + check(body);
        ISSUED.add(number);
        return number;
    }

    static char check(String body17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (body17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK.charAt(sum % 11);
    }
}
