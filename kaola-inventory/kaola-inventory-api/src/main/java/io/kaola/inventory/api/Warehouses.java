package io.kaola.inventory.api;

/** Bonded warehouses known to the platform. */
public final class Warehouses {
    /** The default bonded warehouse that receives imported stock and serves orders. */
    public static final String DEFAULT_BONDED = "BONDED-NINGBO";

    private Warehouses() {}
}
