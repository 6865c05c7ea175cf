package io.kaola.customs.declaration.application;

import io.kaola.customs.api.CustomsStatusChanged;

/** Publishes milestones on topic customs-status-changed (synchronously: a failure throws, the receipt is retried). */
public interface CustomsStatusPublisher {
    /** @param event sent with the key documented on {@link CustomsStatusChanged} */
    void publish(CustomsStatusChanged event);

    /** @return the key of an event: {@code orderNo:milestone}, REJECTED with {@code :returnTime millis} */
    static String keyOf(CustomsStatusChanged e) {
        String key = e.orderNo() + ":" + e.milestone();
        return e.milestone() == io.kaola.customs.api.CustomsMilestone.REJECTED ? key + ":" + e.at().toEpochMilli() : key;
    }
}
