package io.kaola.product.catalogimport.domain;

/**
 * One well-formed inventory row as a catalogue source read it.
 *
 * @param index   its index in inventory.json (zero-based), for problems and refusals
 * @param sku     SKU code
 * @param onHand  units on stock, >= 0
 * @param channel the supply channel's key ("id:&lt;id&gt;" when the reference has no key), null for none
 */
public record InventoryDraft(int index, String sku, long onHand, String channel) {}
