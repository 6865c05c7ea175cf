package io.kaola.logistics.api;

import io.kaola.common.error.KaolaException;

/**
 * Ops scripting of the sandbox carrier (exported only with the {@code sandbox} profile; without it there is no
 * provider and the gateway answers 503 saying so).
 */
public interface CarrierSandboxAdminService {

    /**
     * Sets the script of one order's parcel; it applies to the pushes not sent yet (set it before customs
     * release to script the whole journey). Kept in memory until the sandbox restarts.
     *
     * @param orderNo the order
     * @param script  the script; null fields keep the defaults
     * @return the script now in force, defaults filled in
     * @throws KaolaException LOGISTICS_INVALID_SCRIPT (delay negative or over 10 minutes, repeats outside 1..5)
     */
    CarrierScript script(String orderNo, CarrierScript script) throws KaolaException;
}
