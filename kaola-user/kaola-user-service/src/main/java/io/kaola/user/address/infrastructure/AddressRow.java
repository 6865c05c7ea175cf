package io.kaola.user.address.infrastructure;

import java.time.Instant;

/** A row of {@code address_book_entry}. */
public record AddressRow(long id, long userId, String consignee, String phone, String province, String city,
                         String district, String detail, boolean isDefault, Instant updatedAt) {}
