package io.kaola.order.trade.domain;

import io.kaola.common.error.ErrorKind;
import io.kaola.common.error.KaolaException;
import io.kaola.order.api.OrderError;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.ShippingAddress;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestFingerprintTest {
    private static final PlaceOrderRequest.Line A2 = new PlaceOrderRequest.Line("SKU-A", 2);
    private static final PlaceOrderRequest.Line B1 = new PlaceOrderRequest.Line("SKU-B", 1);

    private static RequestFingerprint of(long buyer, String key, ShippingAddress address, PlaceOrderRequest.Line... lines) {
        return RequestFingerprint.of(new PlaceOrderRequest(buyer, key, address, List.of(lines)));
    }

    @Test
    void the_fingerprint_is_64_hex_digits_and_the_same_for_the_same_request_whatever_the_key_or_line_order() {
        RequestFingerprint first = of(42, "k-1", Orders.ADDRESS, A2, B1);

        assertThat(first.hex()).matches("[0-9a-f]{64}");
        assertThat(of(42, "k-1", Orders.ADDRESS, A2, B1)).isEqualTo(first);
        assertThat(of(42, "k-2", Orders.ADDRESS, A2, B1)).isEqualTo(first);
        assertThat(of(42, "k-1", Orders.ADDRESS, B1, A2)).isEqualTo(first);
    }

    @Test
    void any_change_of_buyer_quantity_sku_or_address_field_changes_it() {
        RequestFingerprint first = of(42, "k", Orders.ADDRESS, A2, B1);
        ShippingAddress a = Orders.ADDRESS;

        assertThat(of(43, "k", a, A2, B1)).isNotEqualTo(first);
        assertThat(of(42, "k", a, new PlaceOrderRequest.Line("SKU-A", 3), B1)).isNotEqualTo(first);
        assertThat(of(42, "k", a, A2)).isNotEqualTo(first);
        assertThat(of(42, "k", a, A2, new PlaceOrderRequest.Line("SKU-C", 1))).isNotEqualTo(first);
        assertThat(of(42, "k", new ShippingAddress(a.consignee(), a.phone(), a.province(), a.city(), a.district(),
                a.detail() + "2"), A2, B1)).isNotEqualTo(first);
        assertThat(of(42, "k", new ShippingAddress("李四", a.phone(), a.province(), a.city(), a.district(), a.detail()),
                A2, B1)).isNotEqualTo(first);
        // moving text between neighbouring fields is a different request too
        assertThat(of(42, "k", new ShippingAddress("x", "1", "ab", "c", "d", "e")))
                .isNotEqualTo(of(42, "k", new ShippingAddress("x", "1", "a", "bc", "d", "e")));
    }

    @Test
    void a_replay_with_the_same_fingerprint_or_an_unfingerprinted_order_returns_the_first_order() {
        Order first = Orders.anUnpaidOrder();
        RequestFingerprint fingerprint = of(42, "key-1", Orders.ADDRESS, A2);

        assertThat(fingerprint.replay(first, fingerprint.hex(), "key-1")).isSameAs(first);
        assertThat(fingerprint.replay(first, null, "key-1")).isSameAs(first);
    }

    @Test
    void a_replay_with_another_body_is_refused_with_422() {
        Order first = Orders.anUnpaidOrder();
        RequestFingerprint other = of(42, "key-1", Orders.ADDRESS, B1);

        assertThatThrownBy(() -> other.replay(first, of(42, "key-1", Orders.ADDRESS, A2).hex(), "key-1"))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(OrderError.IDEMPOTENCY_KEY_REUSED)).isTrue();
                    assertThat(e.code()).isEqualTo("ORDER_IDEMPOTENCY_KEY_REUSED");
                    assertThat(e.kind()).isEqualTo(ErrorKind.UNPROCESSABLE);
                    assertThat(e.kind().httpStatus()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("key-1", first.orderNo(), "new key");
                    assertThat(e.details()).containsEntry("orderNo", first.orderNo());
                });
    }
}
