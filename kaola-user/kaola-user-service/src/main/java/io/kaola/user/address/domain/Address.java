package io.kaola.user.address.domain;

import java.time.Instant;

/** One address-book entry as stored; see {@link AddressBookRules} for what it must satisfy. */
public record Address(long id, long userId, String consignee, String phone, String province, String city,
                      String district, String detail, boolean isDefault, Instant updatedAt) {}
