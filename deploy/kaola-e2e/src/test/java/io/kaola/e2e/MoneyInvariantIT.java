package io.kaola.e2e;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's invariant over everything the other end-to-end classes did on the shared stack, read straight from the
 * databases: for every order, what the payment provider took for it minus what it refunded equals what the order
 * kept — its total while it is paid or further, less the refunds of its REFUNDED returns; nothing for an order
 * CLOSED, unpaid or REFUNDED. Runs last; waits (bounded) for refunds still under way to settle.
 */
@org.junit.jupiter.api.Order(9)
class MoneyInvariantIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void paid_minus_refunded_is_what_every_order_kept_to_the_fen() throws Exception {
        Stack.shared();   // the stack the other classes used (started by the first of them)
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<String, long[]> differing;
        do {
            differing = differing();
            if (differing.isEmpty()) break;
            Thread.sleep(1_000);
        } while (System.nanoTime() < deadline);
        long[] sums = totals();
        System.out.printf("money invariant: %d orders, provider took %d fen, refunded %d fen, orders kept %d fen%n",
                sums[0], sums[1], sums[2], sums[3]);
        assertThat(differing).as("orderNo -> [took, refunded, kept]; took − refunded must equal kept").isEmpty();
        assertThat(sums[1] - sums[2]).isEqualTo(sums[3]);
        assertThat(sums[2]).as("the end-to-end classes refunded something").isPositive();
    }

    /** @return the orders (and orphan payments) whose took − refunded is not what they kept */
    private static Map<String, long[]> differing() throws Exception {
        Map<String, long[]> differing = new TreeMap<>();
        ledger().forEach((orderNo, v) -> { if (v[0] - v[1] != v[2]) differing.put(orderNo, v); });
        return differing;
    }

    /** @return [orders, took, refunded, kept] */
    private static long[] totals() throws Exception {
        long[] sums = new long[4];
        for (long[] v : ledger().values()) {
            sums[0]++;
            sums[1] += v[0];
            sums[2] += v[1];
            sums[3] += v[2];
        }
        return sums;
    }

    /** @return orderNo → [took, refunded, kept], fen */
    private static Map<String, long[]> ledger() throws Exception {
        Map<String, long[]> byOrder = new HashMap<>();
        String payment = "kaola_payment" + Stack.DB_SUFFIX;
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT merchant_order_no, SUM(amount_minor) FROM " + payment
                    + ".sandbox_transaction WHERE status = 'PAID' GROUP BY merchant_order_no")) {
                while (rs.next()) byOrder.computeIfAbsent(rs.getString(1), k -> new long[3])[0] += rs.getLong(2);
            }
            try (ResultSet rs = st.executeQuery("SELECT t.merchant_order_no, SUM(r.amount_minor) FROM " + payment
                    + ".sandbox_refund r JOIN " + payment + ".sandbox_transaction t ON t.payment_no = r.payment_no"
                    + " WHERE r.status = 'SUCCEEDED' GROUP BY t.merchant_order_no")) {
                while (rs.next()) byOrder.computeIfAbsent(rs.getString(1), k -> new long[3])[1] += rs.getLong(2);
            }
            for (int db = 0; db < 2; db++) {
                String orders = "kaola_order_" + db + Stack.DB_SUFFIX;
                for (int t = 0; t < 4; t++) {
                    try (ResultSet rs = st.executeQuery("SELECT order_no, total_minor FROM " + orders + ".trade_order_" + t
                            + " WHERE status IN ('PAID','DECLARING','CLEARED','SHIPPED','DELIVERED','COMPLETED',"
                            + "'REFUNDING','CUSTOMS_REJECTED')")) {
                        while (rs.next()) byOrder.computeIfAbsent(rs.getString(1), k -> new long[3])[2] += rs.getLong(2);
                    }
                    // an order being refunded in full keeps nothing once the refund is through: until then it differs
                    try (ResultSet rs = st.executeQuery("SELECT order_no, total_minor FROM " + orders + ".trade_order_" + t
                            + " WHERE status IN ('REFUNDING','CUSTOMS_REJECTED')")) {
                        while (rs.next()) byOrder.computeIfAbsent(rs.getString(1), k -> new long[3])[2] -= rs.getLong(2);
                    }
                    try (ResultSet rs = st.executeQuery("SELECT order_no,"
                            + " CAST(JSON_VALUE(refund_json, '$.total.minor') AS SIGNED) FROM " + orders + ".order_return_"
                            + t + " WHERE status = 'REFUNDED'")) {
                        while (rs.next()) byOrder.computeIfAbsent(rs.getString(1), k -> new long[3])[2] -= rs.getLong(2);
                    }
                }
            }
        }
        return byOrder;
    }
}
