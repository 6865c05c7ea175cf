package io.kaola.user.quota.infrastructure;

/** A row of {@code quota_year}, amounts in CNY fen. */
public record QuotaYearRow(String identityKey, int year, long usedFen, long reservedFen) {}
