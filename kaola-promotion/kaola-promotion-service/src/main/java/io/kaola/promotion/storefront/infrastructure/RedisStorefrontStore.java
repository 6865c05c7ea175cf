package io.kaola.promotion.storefront.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.promotion.storefront.application.StorefrontStore;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/** {@link StorefrontStore} in Redis: one string per replica key, written in one pipelined batch. */
@Component
public class RedisStorefrontStore implements StorefrontStore {
    private final RedissonClient redisson;
    private final ObjectMapper json;

    public RedisStorefrontStore(RedissonClient redisson, ObjectMapper json) {
        this.redisson = redisson;
        this.json = json;
    }

    @Override
    public void write(Iterable<String> keys, Object page) {
        String body;
        try {
            body = json.writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a storefront page", e);
        }
        RBatch batch = redisson.createBatch();
        for (String key : keys) batch.<String>getBucket(key, StringCodec.INSTANCE).setAsync(body);
        batch.execute();
    }
}
