package io.kaola.order.api;

import java.io.Serializable;

/**
 * Consignee (收货人) and where the parcel goes, copied onto the order.
 *
 * @param consignee name of the consignee
 * @param phone     mainland mobile number, 11 digits
 * @param province  province, e.g. "浙江省"
 * @param city      city
 * @param district  district
 * @param detail    street and number
 */
public record ShippingAddress(String consignee, String phone, String province, String city, String district,
                              String detail) implements Serializable {}
