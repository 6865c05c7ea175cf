package io.kaola.promotion.seckill.application;

import io.kaola.promotion.seckill.domain.SeckillAttemptAdmitted;

/** Sends {@link SeckillAttemptAdmitted} (port; RocketMqAttemptPublisher). */
public interface AttemptPublisher {
    /**
     * Sends synchronously: when this returns, the broker has the message.
     * @throws RuntimeException when the broker did not take it
     */
    void send(SeckillAttemptAdmitted message);

    /** @return the message as the JSON stored with the attempt in Redis */
    String encode(SeckillAttemptAdmitted message);

    /** @return the message from that JSON */
    SeckillAttemptAdmitted decode(String payload);
}
