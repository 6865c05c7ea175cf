package io.kaola.customs.declaration.domain;

import java.time.Instant;
import java.util.List;

/** A consistent set of facts for one order (synthetic identity: example A of GB 11643-1999). */
public final class Samples {
    public static final String ID_NUMBER = "11010519491231002X";
    public static final Instant PAID = Instant.parse("2026-03-01T02:00:00Z");
    public static final PlatformCodes CODES = new PlatformCodes("3301960000", "考拉平台", "3301960000", "考拉平台",
            "3301960001", "示例支付", "3301960002", "示例报关", "3301960003", "示例仓储", "2991", "2991", "T2991W000001",
            "3301960000", "考拉平台", "DXPENT0000000001", "4", "299101", "2", "142", "502", "011");

    private Samples() {}

    /** Two lines: cream 200.00 × 1 with 30.00 off, vitamins 45.00 × 3; freight 20.00, tax 37.54, paid 362.54. */
    public static OrderFacts order(String orderNo) {
        return new OrderFacts(orderNo, 1014, "P1", "TXN-1", PAID, 33500, 3000, 2000, 3754, 36254, "张三",
                "13800000000", "浙江省", "杭州市", "滨江区", "网商路 599 号", "李四", ID_NUMBER, List.of(
                new OrderFacts.Line("SKU-CREAM", "面霜 50g", 1, 20000, 3000, "3304990099", 80),
                new OrderFacts.Line("SKU-VIT", "维生素", 3, 13500, 0, "2106909090", 200)));
    }

    public static PaymentFacts payment(String orderNo) {
        return new PaymentFacts("P1", orderNo, 36254, "TXN-1", PAID, "李四", ID_NUMBER);
    }

    public static WaybillFacts waybill(String orderNo) {
        return new WaybillFacts(orderNo, "3301980001", "示例快递", "SF1000000001", "张三", "13800000000",
                "浙江省 杭州市 滨江区 网商路 599 号", 2000, 900, "HZ-BONDED-1", PAID);
    }
}
