package io.kaola.product.catalogimport.infrastructure;

import io.kaola.common.error.CommonError;
import io.kaola.product.catalogimport.application.ImportLock;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@link ImportLock} as a Redisson lock (key {@value #KEY}, waiting up to {@value #WAIT_SECONDS} s). Redisson's watchdog keeps the lock
 * while the holder lives and frees it if the instance dies.
 */
@Component
public class RedissonImportLock implements ImportLock {
    static final String KEY = "product:catalog-import-lock";
    static final long WAIT_SECONDS = 10;

    private final RedissonClient redisson;

    public RedissonImportLock(RedissonClient redisson) { this.redisson = redisson; }

    @Override
    public <T> T holding(Supplier<T> work) {
        RLock lock = redisson.getLock(KEY);
        boolean held;
        try {
            held = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held = false;
        }
        if (!held) {
            throw CommonError.SERVICE_UNAVAILABLE.exception("another catalogue import is running; retry when it has finished");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
