package io.kaola.inventory.stock.domain;

import io.kaola.common.error.CommonError;
import io.kaola.inventory.api.Warehouses;

/** The warehouse a request names, with the platform default when it names none. */
public final class WarehouseCode {
    /** Width of the warehouse_code column. */
    public static final int MAX_LENGTH = 32;

    private WarehouseCode() {}

    /**
     * @param code a warehouse code, or null/blank
     * @return {@code code}, or {@link Warehouses#DEFAULT_BONDED} when it is null or blank
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST when longer than 32 characters
     */
    public static String orDefault(String code) {
        if (code == null || code.isBlank()) return Warehouses.DEFAULT_BONDED;
        if (code.length() > MAX_LENGTH) {
            throw CommonError.INVALID_REQUEST.exception("warehouseCode must be at most " + MAX_LENGTH + " characters");
        }
        return code;
    }
}
