package io.kaola.user.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of a shopper's address book; the address fields are those of kaola-order's ShippingAddress.
 *
 * @param id        the entry's id (positive)
 * @param userId    the owner
 * @param consignee name of the consignee
 * @param phone     mainland mobile number, 11 digits
 * @param province  province, e.g. "浙江省"
 * @param city      city
 * @param district  district
 * @param detail    street and number
 * @param isDefault true for exactly one entry of a non-empty book
 * @param updatedAt when it was last created, edited or made default
 */
public record AddressView(long id, long userId, String consignee, String phone, String province, String city,
                          String district, String detail, boolean isDefault, Instant updatedAt) implements Serializable {}
