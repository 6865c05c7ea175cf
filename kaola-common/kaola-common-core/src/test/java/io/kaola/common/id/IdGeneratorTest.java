package io.kaola.common.id;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IdGeneratorTest {

    @Test void ids_are_unique_and_increasing_over_many_sequence_wraps() {
        IdGenerator ids = new IdGenerator(7);
        Set<Long> seen = new HashSet<>();
        long previous = 0;
        for (int i = 0; i < 20_000; i++) {
            long id = ids.nextId();
            assertThat(id).isGreaterThan(previous);
            assertThat(seen.add(id)).isTrue();
            previous = id;
        }
    }
}
