package io.kaola.customs.declaration.application;

import io.kaola.customs.api.CustomsStatusChanged;

/** Publishes milestones on topic customs-status-changed (synchronously: a failure throws, the receipt is retried). */
public interface CustomsStatusPublisher {
    /** @param event sent with the key documented on {@link CustomsStatusChanged} */
    void publish(CustomsStatusChanged event);

    /**
     * @return the key of an event: {@code orderNo:milestone}, REJECTED with {@code :returnTime millis},
     *         RETURN_ACCEPTED / RETURN_REFUSED with {@code :returnId}
     */
    static String keyOf(CustomsStatusChanged e) {
        String key = e.orderNo() + ":" + e.milestone();
        return switch (e.milestone()) {
            case REJECTED -> key + ":" + e.at().toEpochMilli();
            case RETURN_ACCEPTED, RETURN_REFUSED -> key + ":" + e.returnId();
            default -> key;
        };
    }
}
