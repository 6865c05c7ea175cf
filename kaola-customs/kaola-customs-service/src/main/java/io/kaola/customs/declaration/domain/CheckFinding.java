package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsError;

/**
 * One field of cross-border.md §4.4 that does not match.
 *
 * @param error  its stable code
 * @param detail which documents and values (identity numbers masked)
 */
public record CheckFinding(CustomsError error, String detail) {}
