package io.kaola.product.catalogimport.infrastructure;

import io.kaola.common.error.CommonError;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One catalogue import at a time across every kaola-product instance: two imports racing on the same
 * keys would each see "absent" and collide on the unique keys. Redisson's watchdog keeps the lock
 * while the holder lives and frees it if the instance dies.
 */
@Component
public class ImportLock {
    static final String KEY = "product:catalog-import-lock";
    static final long WAIT_SECONDS = 10;

    private final RedissonClient redisson;

    public ImportLock(RedissonClient redisson) { this.redisson = redisson; }

    /**
     * @return what {@code work} returns, run while holding the lock
     * @throws io.kaola.common.error.KaolaException COMMON_SERVICE_UNAVAILABLE when another import holds it
     */
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
