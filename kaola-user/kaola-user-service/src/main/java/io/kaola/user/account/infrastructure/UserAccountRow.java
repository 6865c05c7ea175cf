package io.kaola.user.account.infrastructure;

import java.time.Instant;

/** A row of {@code user_account}; roles as stored, comma-separated ("SHOPPER,OPS"). */
public record UserAccountRow(long id, String email, String displayName, String passwordHash, String roles,
                             Instant createdAt) {}
