package io.kaola.user.api;

import java.io.Serializable;

/**
 * The fields of an address-book entry, to create or replace it. Valid as a checkout address
 * (io.kaola.common.address.AddressRules): text fields required, at most 64 characters (detail 255), no control or
 * bidirectional-formatting character; phone 11 digits.
 */
public record SaveAddressRequest(String consignee, String phone, String province, String city, String district,
                                 String detail) implements Serializable {}
