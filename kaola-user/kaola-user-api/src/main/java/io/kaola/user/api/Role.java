package io.kaola.user.api;

/** What a user may do: shoppers buy; ops staff also use the admin API. */
public enum Role { SHOPPER, OPS }
