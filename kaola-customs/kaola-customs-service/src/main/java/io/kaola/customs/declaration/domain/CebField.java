package io.kaola.customs.declaration.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One element of a unified message: its name as in cross-border.md §4.3b and its text.
 *
 * @param name  element name, e.g. {@code acturalPaid}
 * @param value its text; a null value is left out of the message
 */
public record CebField(String name, String value) {

    /** Builds a field list in schema order, leaving nulls out. */
    public static final class Fields {
        private final List<CebField> fields = new ArrayList<>();

        /** Adds a text field (left out when null). */
        public Fields add(String name, String value) {
            if (value != null) fields.add(new CebField(name, value));
            return this;
        }

        /** Adds an amount (plain string, its scale as given). */
        public Fields add(String name, BigDecimal value) {
            return add(name, value == null ? null : value.toPlainString());
        }

        /** Adds a number. */
        public Fields add(String name, long value) { return add(name, Long.toString(value)); }

        /** @return the fields, in the order added */
        public List<CebField> list() { return List.copyOf(fields); }
    }
}
