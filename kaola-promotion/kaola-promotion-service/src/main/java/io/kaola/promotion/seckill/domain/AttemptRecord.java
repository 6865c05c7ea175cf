package io.kaola.promotion.seckill.domain;

import io.kaola.promotion.api.AttemptStatus;

import java.time.Instant;

/**
 * One admitted attempt as the admission script keeps it (Redis hash {@code :attempts}, value
 * {@code STATUS|userId|admittedAtMs|orderNo-or-reason}).
 *
 * @param attemptId  the attempt
 * @param status     QUEUED, ORDERED or FAILED
 * @param userId     the shopper
 * @param admittedAt when the unit was taken
 * @param detail     the order number once ORDERED, the error code once FAILED, else null
 */
public record AttemptRecord(String attemptId, AttemptStatus status, long userId, Instant admittedAt, String detail) {

    /**
     * @param attemptId the attempt
     * @param value     the stored value
     * @return the record
     * @throws IllegalArgumentException when the value is not in the stored format
     */
    public static AttemptRecord parse(String attemptId, String value) {
        String[] parts = value.split("\\|", 4);
        if (parts.length < 3) throw new IllegalArgumentException("not an attempt record: " + value);
        String detail = parts.length == 4 && !parts[3].isEmpty() ? parts[3] : null;
        return new AttemptRecord(attemptId, AttemptStatus.valueOf(parts[0]), Long.parseLong(parts[1]),
                Instant.ofEpochMilli(Long.parseLong(parts[2])), detail);
    }
}
