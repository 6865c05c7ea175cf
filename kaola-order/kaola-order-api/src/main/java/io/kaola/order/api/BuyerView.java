package io.kaola.order.api;

import java.io.Serializable;

/**
 * The verified buyer (订购人) recorded on the order; never the full identity number.
 *
 * @param name           real name
 * @param maskedIdNumber e.g. {@code 3301**********123X}
 */
public record BuyerView(String name, String maskedIdNumber) implements Serializable {}
