package io.kaola.gateway.edge;

import io.kaola.gateway.problem.PayloadTooLargeException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EdgeFiltersTest {

    @Test
    void personal_data_paths_get_no_store_and_the_public_catalogue_does_not() {
        for (String path : new String[]{"/api/me", "/api/me/identity", "/api/me/quota", "/api/orders", "/api/orders/123",
                "/api/orders/123/payments", "/api/payments/P1", "/api/admin/orders/123", "/api/price/trial",
                "/api/auth/login", "/api/auth/register", "/api/flash-sales/7/tokens", "/api/flash-sales/7/attempts",
                "/api/flash-sales/attempts/7-0123456789abcdef0123456789abcdef"}) {
            assertThat(NoStoreFilter.isPersonal(path)).as(path).isTrue();
        }
        for (String path : new String[]{"/api/products", "/api/products/1", "/api/categories", "/v3/api-docs",
                "/api/admin/fx-rates", "/api/meet", "/api/flash-sales", "/api/flash-sales/7"}) {
            assertThat(NoStoreFilter.isPersonal(path)).as(path).isFalse();
        }
    }

    @Test
    void a_bounded_body_reads_up_to_its_cap_and_fails_at_the_next_byte() throws IOException {
        assertThat(bounded(10, 10).readAllBytes()).hasSize(10);
        assertThatThrownBy(() -> bounded(11, 10).readAllBytes())
                .isInstanceOfSatisfying(PayloadTooLargeException.class, e -> assertThat(e.maxBytes()).isEqualTo(10));
        ServletInputStream single = bounded(3, 2);
        single.read();
        single.read();
        assertThatThrownBy(single::read).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void a_bounded_body_never_asks_for_much_more_than_its_cap() throws IOException {
        int[] asked = {0};
        ServletInputStream source = new ServletInputStream() {
            final ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[1_000_000]);
            @Override public int read() { return bytes.read(); }
            @Override public int read(byte[] b, int off, int len) { asked[0] = Math.max(asked[0], len); return bytes.read(b, off, len); }
            @Override public boolean isFinished() { return bytes.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) {}
        };
        RequestSizeFilter.BoundedStream stream = new RequestSizeFilter.BoundedStream(source, 100);

        assertThatThrownBy(() -> stream.read(new byte[65536], 0, 65536)).isInstanceOf(PayloadTooLargeException.class);
        assertThat(asked[0]).isEqualTo(101);
    }

    private static ServletInputStream bounded(int size, long cap) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[size]);
        return new RequestSizeFilter.BoundedStream(new ServletInputStream() {
            @Override public int read() { return bytes.read(); }
            @Override public int read(byte[] b, int off, int len) { return bytes.read(b, off, len); }
            @Override public boolean isFinished() { return bytes.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) {}
        }, cap);
    }
}
