package io.kaola.order.trade.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.ShippingAddress;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceOrderRulesTest {
    private static final ShippingAddress ADDRESS = Orders.ADDRESS;
    private static final List<PlaceOrderRequest.Line> ONE_LINE = List.of(new PlaceOrderRequest.Line("SKU-1", 1));

    private static PlaceOrderRequest request(String key, ShippingAddress address, List<PlaceOrderRequest.Line> lines) {
        return new PlaceOrderRequest(42, key, address, lines);
    }

    @Test
    void a_complete_request_has_no_problems() {
        assertThat(PlaceOrderRules.problems(request("k", ADDRESS, ONE_LINE))).isEmpty();
        List<PlaceOrderRequest.Line> twenty = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> new PlaceOrderRequest.Line("SKU-" + i, 99)).toList();
        assertThat(PlaceOrderRules.problems(request("k".repeat(64), ADDRESS, twenty))).isEmpty();
    }

    @Test
    void a_missing_or_overlong_idempotency_key_is_refused() {
        assertThat(PlaceOrderRules.problems(request(null, ADDRESS, ONE_LINE))).singleElement().asString().contains("idempotencyKey");
        assertThat(PlaceOrderRules.problems(request(" ", ADDRESS, ONE_LINE))).hasSize(1);
        assertThat(PlaceOrderRules.problems(request("k".repeat(65), ADDRESS, ONE_LINE))).hasSize(1);
    }

    @Test
    void an_address_without_consignee_or_with_a_10_digit_phone_is_refused() {
        ShippingAddress bad = new ShippingAddress(" ", "1380013800", "浙江省", "杭州市", "西湖区", "文三路 1 号");
        assertThat(PlaceOrderRules.problems(request("k", bad, ONE_LINE)))
                .containsExactly("address.consignee is required", "address.phone must be 11 digits");
        assertThat(PlaceOrderRules.problems(request("k", null, ONE_LINE))).containsExactly("address is required");
    }

    @Test
    void control_and_bidi_characters_in_any_address_field_are_refused_naming_field_and_position() {
        ShippingAddress bad = new ShippingAddress("张\u202E三", "138001380\u200E0", "浙江\u2066省", "杭州市\u0000",
                "\u061C西湖区", "文三路\n1 号");
        assertThat(PlaceOrderRules.problems(request("k", bad, ONE_LINE))).containsExactly(
                "address.consignee must not contain control or bidirectional-formatting characters (U+202E at position 2)",
                "address.province must not contain control or bidirectional-formatting characters (U+2066 at position 3)",
                "address.city must not contain control or bidirectional-formatting characters (U+0000 at position 4)",
                "address.district must not contain control or bidirectional-formatting characters (U+061C at position 1)",
                "address.detail must not contain control or bidirectional-formatting characters (U+000A at position 4)",
                "address.phone must not contain control or bidirectional-formatting characters (U+200E at position 10)");
        assertThatThrownBy(() -> PlaceOrderRules.check(request("k", bad, ONE_LINE)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(OrderError.INVALID_ORDER)).isTrue());
    }

    @Test
    void a_phone_with_letters_is_refused() {
        ShippingAddress bad = new ShippingAddress("张三", "1380013800x", "浙江省", "杭州市", "西湖区", "文三路 1 号");
        assertThat(PlaceOrderRules.problems(request("k", bad, ONE_LINE))).containsExactly("address.phone must be 11 digits");
    }

    @Test
    void an_order_with_no_lines_or_21_lines_is_refused() {
        assertThat(PlaceOrderRules.problems(request("k", ADDRESS, List.of()))).hasSize(1);
        List<PlaceOrderRequest.Line> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) many.add(new PlaceOrderRequest.Line("SKU-" + i, 1));
        assertThat(PlaceOrderRules.problems(request("k", ADDRESS, many))).singleElement().asString().contains("1..20 lines");
    }

    @Test
    void a_quantity_of_0_or_100_is_refused() {
        assertThat(PlaceOrderRules.problems(request("k", ADDRESS, List.of(new PlaceOrderRequest.Line("A", 0),
                new PlaceOrderRequest.Line("B", 100))))).hasSize(2);
    }

    @Test
    void the_same_sku_twice_is_refused() {
        assertThat(PlaceOrderRules.problems(request("k", ADDRESS, List.of(new PlaceOrderRequest.Line("A", 1),
                new PlaceOrderRequest.Line("A", 2))))).singleElement().asString().contains("more than once");
    }

    @Test
    void a_non_positive_buyer_is_refused() {
        assertThat(PlaceOrderRules.problems(new PlaceOrderRequest(0, "k", ADDRESS, ONE_LINE))).hasSize(1);
    }

    @Test
    void check_throws_ORDER_INVALID_ORDER_naming_every_problem() {
        assertThatThrownBy(() -> PlaceOrderRules.check(request("", null, List.of())))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(OrderError.INVALID_ORDER)).isTrue();
                    assertThat(e.getMessage()).contains("idempotencyKey").contains("address").contains("lines");
                });
    }
}
