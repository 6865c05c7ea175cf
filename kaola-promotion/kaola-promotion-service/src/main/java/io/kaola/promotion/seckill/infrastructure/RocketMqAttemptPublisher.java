package io.kaola.promotion.seckill.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.promotion.seckill.application.AttemptPublisher;
import io.kaola.promotion.seckill.domain.SeckillAttemptAdmitted;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;

/** {@link AttemptPublisher} on RocketMQ (topic seckill-attempt-admitted, key: the attempt id), JSON as elsewhere. */
@Component
public class RocketMqAttemptPublisher implements AttemptPublisher {
    private final MessagePublisher publisher;
    private final ObjectMapper json;

    public RocketMqAttemptPublisher(MessagePublisher publisher, ObjectMapper json) {
        this.publisher = publisher;
        this.json = json;
    }

    @Override
    public void send(SeckillAttemptAdmitted message) {
        publisher.send(SeckillAttemptAdmitted.TOPIC, message.attemptId(), message);
    }

    @Override
    public String encode(SeckillAttemptAdmitted message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SeckillAttemptAdmitted decode(String payload) {
        try {
            return json.readValue(payload, SeckillAttemptAdmitted.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
