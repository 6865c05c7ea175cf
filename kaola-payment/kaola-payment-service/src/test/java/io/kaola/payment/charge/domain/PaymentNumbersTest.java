package io.kaola.payment.charge.domain;

import io.kaola.common.id.IdGenerator;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentNumbersTest {

    @Test
    void a_number_is_the_snowflake_id_followed_by_ten_random_digits_within_the_column() {
        IdGenerator ids = new IdGenerator(7);
        long before = ids.nextId();
        PaymentNumbers numbers = new PaymentNumbers(ids);

        String number = numbers.next();

        assertThat(number).matches("[0-9]+").hasSizeLessThanOrEqualTo(PaymentNumbers.MAX_LENGTH)
                .hasSizeLessThanOrEqualTo(32);
        long snowflake = Long.parseLong(number.substring(0, number.length() - PaymentNumbers.RANDOM_DIGITS));
        assertThat(snowflake).isGreaterThan(before);
        assertThat(PaymentNumbers.MAX_LENGTH).isEqualTo(29);
    }

    @Test
    void the_random_part_comes_from_the_given_source_zero_padded_to_ten_digits() {
        Random fixed = new Random(1) {
            @Override public long nextLong(long bound) { return 42; }
        };
        String number = new PaymentNumbers(new IdGenerator(1), fixed).next();

        assertThat(number).endsWith("0000000042");
    }

    @Test
    void numbers_are_unique_and_the_next_one_cannot_be_derived_from_the_last() {
        PaymentNumbers numbers = new PaymentNumbers(new IdGenerator(3));
        List<String> issued = IntStream.range(0, 5_000).mapToObj(i -> numbers.next()).toList();

        assertThat(new HashSet<>(issued)).hasSize(issued.size());
        Set<String> suffixes = new HashSet<>();
        for (String n : issued) suffixes.add(n.substring(n.length() - PaymentNumbers.RANDOM_DIGITS));
        // 5,000 draws from 10^10 values: a collision has a probability of about 0.1 %, more than 5 is not random
        assertThat(suffixes.size()).isGreaterThan(issued.size() - 5);
        long consecutiveSnowflakeNeighbours = IntStream.range(1, issued.size())
                .filter(i -> new BigInteger(issued.get(i)).subtract(new BigInteger(issued.get(i - 1)))
                        .equals(BigInteger.ONE)).count();
        assertThat(consecutiveSnowflakeNeighbours).as("successive numbers are not n, n+1").isZero();
    }
}
