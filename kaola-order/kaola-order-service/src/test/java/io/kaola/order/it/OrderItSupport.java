package io.kaola.order.it;

import io.kaola.devinfra.TestInfra;
import io.kaola.order.OrderApplication;
import io.kaola.order.api.OrderService;
import io.kaola.order.api.OrderView;
import io.kaola.order.api.PlaceOrderRequest;
import io.kaola.order.api.ShippingAddress;
import io.kaola.order.standin.RemoteOrders;
import io.kaola.order.standin.StandInCatalog;
import io.kaola.order.standin.StandInIdentity;
import io.kaola.order.standin.StandInPricing;
import io.kaola.order.standin.StandInQuota;
import io.kaola.order.standin.StandInStock;
import io.kaola.order.trade.domain.OrderShard;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.kaola.order.standin.StandInCatalog.CNY_1;
import static io.kaola.order.standin.StandInCatalog.CNY_1000;
import static io.kaola.order.standin.StandInCatalog.CNY_26000;
import static io.kaola.order.standin.StandInCatalog.CNY_6000;
import static io.kaola.order.standin.StandInCatalog.EUR_1;
import static io.kaola.order.standin.StandInCatalog.EUR_2;
import static io.kaola.order.standin.StandInCatalog.FAIL_WRITE;
import static io.kaola.order.standin.StandInCatalog.NOT_LISTED;
import static io.kaola.order.standin.StandInCatalog.TAXED;

/**
 * One Spring context for every IT of this module (same properties, so Spring caches it), on fresh
 * kaola_order_0_it / kaola_order_1_it. The databases are recreated once, in this class's static
 * initialiser, because a per-class drop would pull the tables from under the cached context.
 * The neighbours are the @DubboService stand-ins in io.kaola.order.standin. Tests call OrderService
 * as the gateway will: a Dubbo consumer over the dubbo protocol, so every record is serialised (STRICT
 * check) and KaolaException crosses the wire.
 */
@SpringBootTest(classes = OrderApplication.class, properties = {
        "dubbo.protocol.port=-1", "server.port=0", "kaola.order.db.sql-show=true", "kaola.mq.max-reconsume-times=3",
        "kaola.order.unpaid-timeout=15s",
        // every IT buyer ships to ADDRESS's one phone: order anti-spam is exercised live from the tree (OrderRiskIT)
        "kaola.order.risk.burst-per-phone.permits=1000000", "kaola.order.risk.burst-per-identity.permits=1000000"})
abstract class OrderItSupport {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_order_0_it", "kaola_order_1_it");
    }

    static final ShippingAddress ADDRESS = new ShippingAddress("张三", "13800138000", "浙江省", "杭州市", "西湖区",
            "文三路 1 号");
    private static boolean stocked;

    @Autowired RemoteOrders remote;
    @Autowired StandInStock stock;
    @Autowired StandInCatalog catalog;
    @Autowired StandInPricing pricing;
    @Autowired StandInIdentity identity;
    @Autowired StandInQuota quota;
    OrderService orders;

    @BeforeEach
    void stockTheShelves() {
        orders = remote.get();
        synchronized (OrderItSupport.class) {
            if (stocked) return;
            for (String sku : List.of(EUR_1, EUR_2, CNY_1, FAIL_WRITE, NOT_LISTED, TAXED, CNY_1000, CNY_6000, CNY_26000)) {
                stock.setOnHand(sku, 1_000);
            }
            stocked = true;
        }
    }

    static PlaceOrderRequest request(long buyerId, PlaceOrderRequest.Line... lines) {
        return new PlaceOrderRequest(buyerId, UUID.randomUUID().toString(), ADDRESS, List.of(lines));
    }

    static PlaceOrderRequest.Line line(String sku, int quantity) { return new PlaceOrderRequest.Line(sku, quantity); }

    OrderView place(long buyerId) { return orders.placeOrder(request(buyerId, line(EUR_1, 1))); }

    /** A plain JDBC connection to one physical order database, bypassing ShardingSphere. */
    static Connection physical(int database) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/kaola_order_" + database + "_it", "root", "");
    }

    /** @return "d/t" for every physical trade_order table holding the order */
    static List<String> tablesHolding(String table, String orderNo) throws SQLException {
        List<String> found = new ArrayList<>();
        for (int d = 0; d < OrderShard.DATABASES; d++) {
            try (Connection c = physical(d)) {
                for (int t = 0; t < OrderShard.TABLES_PER_DATABASE; t++) {
                    try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + "_" + t + " WHERE order_no = ?")) {
                        ps.setString(1, orderNo);
                        try (var rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getInt(1) > 0) found.add(d + "/" + t);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** @return every column of the order's trade_order row, as text, straight from the physical table */
    static java.util.Map<String, String> orderRow(long buyerId, String orderNo) throws SQLException {
        OrderShard shard = OrderShard.ofBuyer(buyerId);
        try (Connection c = physical(shard.database());
             var ps = c.prepareStatement("SELECT * FROM trade_order_" + shard.table() + " WHERE order_no = ?")) {
            ps.setString(1, orderNo);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) throw new AssertionError("no row for order " + orderNo);
                java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                return row;
            }
        }
    }

    /** @return rows of the buyer in any physical trade_order or trade_order_item table */
    static int rowsOfBuyer(long buyerId) throws SQLException {
        int rows = 0;
        for (int d = 0; d < OrderShard.DATABASES; d++) {
            try (Connection c = physical(d)) {
                for (int t = 0; t < OrderShard.TABLES_PER_DATABASE; t++) {
                    for (String table : List.of("trade_order_", "trade_order_item_")) {
                        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM " + table + t + " WHERE buyer_id = ?")) {
                            ps.setLong(1, buyerId);
                            try (var rs = ps.executeQuery()) {
                                rs.next();
                                rows += rs.getInt(1);
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }
}
