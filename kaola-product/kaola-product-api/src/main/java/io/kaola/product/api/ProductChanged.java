package io.kaola.product.api;

import java.io.Serializable;

/**
 * Event on topic {@value #TOPIC}: a product's detail changed (content, price); key = spuId.
 * @param spuId the product
 */
public record ProductChanged(long spuId) implements Serializable {
    public static final String TOPIC = "product-changed";
}
