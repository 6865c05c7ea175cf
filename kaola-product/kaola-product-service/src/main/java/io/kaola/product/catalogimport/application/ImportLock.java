package io.kaola.product.catalogimport.application;

import java.util.function.Supplier;

/**
 * One catalogue import at a time across every kaola-product instance: two imports racing on the same
 * keys would each see "absent" and collide on the unique keys.
 */
public interface ImportLock {

    /**
     * @return what {@code work} returns, run while holding the lock
     * @throws io.kaola.common.error.KaolaException COMMON_SERVICE_UNAVAILABLE when another import holds it
     */
    <T> T holding(Supplier<T> work);
}
