package io.kaola.logistics.carrier.domain;

import io.kaola.logistics.api.TrackingStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KdniaoStateMappingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1, COLLECTED", "2, IN_TRANSIT", "201, IN_TRANSIT", "202, OUT_FOR_DELIVERY", "211, OUT_FOR_DELIVERY",
            "3, DELIVERED", "301, DELIVERED", "304, DELIVERED", "311, DELIVERED",
            "4, EXCEPTION", "404, EXCEPTION", "405, EXCEPTION", "406, RETURNED", "407, RETURNED",
            "6, DECLARED", "601, DECLARED", "602, DECLARED", "603, CLEARED", "604, EXCEPTION",
            "10, PACKED", "PACKAGE, PACKED", "package, PACKED", "SORT, PACKED", "DEPARTURE, OUTBOUND",
            "CANCEL, EXCEPTION", "' 202 ', OUT_FOR_DELIVERY"})
    void maps_the_kdniao_and_bonded_warehouse_codes(String code, TrackingStatus expected) {
        assertThat(KdniaoStateMapping.map(code)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "5", "7", "99", "501", "1001", "X", ""})
    void unknown_codes_map_to_nothing(String code) {
        assertThat(KdniaoStateMapping.map(code)).isEmpty();
    }
}
