package io.kaola.order.trade.infrastructure;

import io.kaola.order.trade.domain.CartLine;
import io.kaola.order.trade.domain.CartRepository;
import org.redisson.api.RMap;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carts in Redis: one hash per buyer, {@code kaola:cart:{buyerId}}, field = SKU code, value =
 * "quantity|selected|addedAtEpochMillis". Redis outlives the service, so a cart survives its restart; the hash tag
 * keeps one buyer's cart on one cluster slot.
 */
@Repository
class RedisCartRepository implements CartRepository {
    private final RedissonClient redisson;

    RedisCartRepository(RedissonClient redisson) { this.redisson = redisson; }

    static String key(long buyerId) { return "kaola:cart:{" + buyerId + "}"; }

    private RMap<String, String> cart(long buyerId) { return redisson.getMap(key(buyerId), StringCodec.INSTANCE); }

    @Override
    public List<CartLine> lines(long buyerId) {
        List<CartLine> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : cart(buyerId).readAllMap().entrySet()) lines.add(decode(e.getKey(), e.getValue()));
        lines.sort(Comparator.comparing(CartLine::addedAt).thenComparing(CartLine::skuCode));
        return lines;
    }

    @Override
    public Optional<CartLine> line(long buyerId, String skuCode) {
        String value = cart(buyerId).get(skuCode);
        return value == null ? Optional.empty() : Optional.of(decode(skuCode, value));
    }

    @Override
    public int size(long buyerId) { return cart(buyerId).size(); }

    @Override
    public void put(long buyerId, CartLine line) { cart(buyerId).fastPut(line.skuCode(), encode(line)); }

    /** KEYS[1] cart; ARGV: field, expected value ('' = absent), new value, max lines. 1 written, 0 changed, -1 full. */
    private static final String SWAP = """
            local current = redis.call('HGET', KEYS[1], ARGV[1])
            if ARGV[2] == '' then
              if current then return 0 end
              if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then return -1 end
            elseif current ~= ARGV[2] then
              return 0
            end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
            return 1
            """;

    @Override
    public Swap swap(long buyerId, CartLine expected, CartLine updated, int maxLines) {
        String key = key(buyerId);
        Long outcome = redisson.getScript(StringCodec.INSTANCE).eval(key, RScript.Mode.READ_WRITE, SWAP,
                RScript.ReturnType.INTEGER, List.of(key), updated.skuCode(), expected == null ? "" : encode(expected),
                encode(updated), String.valueOf(maxLines));
        return outcome == 1 ? Swap.WRITTEN : outcome == 0 ? Swap.CHANGED_MEANWHILE : Swap.CART_FULL;
    }

    private static String encode(CartLine line) {
        return line.quantity() + "|" + line.selected() + "|" + line.addedAt().toEpochMilli();
    }

    @Override
    public void remove(long buyerId, Collection<String> skuCodes) {
        if (!skuCodes.isEmpty()) cart(buyerId).fastRemove(skuCodes.toArray(String[]::new));
    }

    private static CartLine decode(String skuCode, String value) {
        String[] parts = value.split("\\|");
        return new CartLine(skuCode, Integer.parseInt(parts[0]), Boolean.parseBoolean(parts[1]),
                Instant.ofEpochMilli(Long.parseLong(parts[2])));
    }
}
