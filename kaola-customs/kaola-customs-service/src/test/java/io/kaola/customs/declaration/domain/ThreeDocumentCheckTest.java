package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field of cross-border.md §4.4 mismatched once, each found with its own code and nothing else. */
class ThreeDocumentCheckTest {
    private final DeclarationBuilder builder = new DeclarationBuilder(Samples.CODES);
    private final CebOrder order = builder.order(Samples.order("K1"));
    private final CebPayment payment = builder.payment(Samples.payment("K1"), "13800000000");
    private final CebWaybill waybill = builder.waybill(Samples.waybill("K1"));
    private final CebInventory list = builder.inventory(Samples.order("K1"), Samples.waybill("K1"), Samples.PAID);

    @Test
    void documents_built_from_the_same_facts_agree() {
        assertThat(ThreeDocumentCheck.check(order, payment, waybill, list)).isEmpty();
    }

    @Test
    void order_number_in_each_document() {
        expectOnly(CustomsError.ORDER_NO_MISMATCH, order(o -> with(o, "orderNo", "K2")), payment, waybill, list);
        expectOnly(CustomsError.ORDER_NO_MISMATCH, order, payment(p -> new CebPayment(p.payCode(), p.payName(),
                p.payTransactionId(), "K2", p.ebpCode(), p.ebpName(), p.payerIdNumber(), p.payerName(), p.telephone(),
                p.amountPaid(), p.payTime())), waybill, list);
        expectOnly(CustomsError.ORDER_NO_MISMATCH, order, payment, waybill(w -> new CebWaybill(w.logisticsCode(),
                w.logisticsName(), w.logisticsNo(), "K2", w.ebpCode(), w.ebpName(), w.freight(), w.insuredFee(),
                w.weight(), w.consignee(), w.consigneeAddress(), w.consigneeTelephone())), list);
        expectOnly(CustomsError.ORDER_NO_MISMATCH, order, payment, waybill, list(l -> listWith(l, "orderNo", "K2")));
    }

    @Test
    void platform_code_in_each_document() {
        expectOnly(CustomsError.EBP_CODE_MISMATCH, order(o -> with(o, "ebpCode", "9999999999")), payment, waybill, list);
        expectOnly(CustomsError.EBP_CODE_MISMATCH, order, payment(p -> new CebPayment(p.payCode(), p.payName(),
                p.payTransactionId(), p.orderNo(), "9999999999", p.ebpName(), p.payerIdNumber(), p.payerName(),
                p.telephone(), p.amountPaid(), p.payTime())), waybill, list);
        expectOnly(CustomsError.EBP_CODE_MISMATCH, order, payment, waybill(w -> new CebWaybill(w.logisticsCode(),
                w.logisticsName(), w.logisticsNo(), w.orderNo(), "9999999999", w.ebpName(), w.freight(),
                w.insuredFee(), w.weight(), w.consignee(), w.consigneeAddress(), w.consigneeTelephone())), list);
        expectOnly(CustomsError.EBP_CODE_MISMATCH, order, payment, waybill, list(l -> listWith(l, "ebpCode", "9999999999")));
    }

    @Test
    void pay_transaction_between_order_and_payment() {
        expectOnly(CustomsError.PAY_TRANSACTION_MISMATCH, order(o -> with(o, "payTransactionId", "TXN-2")), payment,
                waybill, list);
    }

    @Test
    void logistics_number_between_waybill_and_list() {
        expectOnly(CustomsError.LOGISTICS_NO_MISMATCH, order, payment, waybill,
                list(l -> listWith(l, "logisticsNo", "SF9")));
    }

    @Test
    void actural_paid_against_amount_paid() {
        expectOnly(CustomsError.AMOUNT_PAID_MISMATCH, order, payment(p -> new CebPayment(p.payCode(), p.payName(),
                p.payTransactionId(), p.orderNo(), p.ebpCode(), p.ebpName(), p.payerIdNumber(), p.payerName(),
                p.telephone(), new BigDecimal("372.53"), p.payTime())), waybill, list);
    }

    @Test
    void buyer_name_in_order_list_and_payer() {
        expectOnly(CustomsError.BUYER_NAME_MISMATCH, order(o -> with(o, "buyerName", "王五")), payment, waybill, list);
        expectOnly(CustomsError.BUYER_NAME_MISMATCH, order, payment, waybill, list(l -> listWith(l, "buyerName", "王五")));
        expectOnly(CustomsError.BUYER_NAME_MISMATCH, order, payment(p -> new CebPayment(p.payCode(), p.payName(),
                p.payTransactionId(), p.orderNo(), p.ebpCode(), p.ebpName(), p.payerIdNumber(), "王五", p.telephone(),
                p.amountPaid(), p.payTime())), waybill, list);
    }

    @Test
    void buyer_identity_in_order_list_and_payer_masked_in_the_finding() {
        String other = "440524188001010014";
        expectOnly(CustomsError.BUYER_ID_MISMATCH, order(o -> with(o, "buyerIdNumber", other)), payment, waybill, list);
        expectOnly(CustomsError.BUYER_ID_MISMATCH, order, payment, waybill, list(l -> listWith(l, "buyerIdNumber", other)));
        List<CheckFinding> f = ThreeDocumentCheck.check(order, payment(p -> new CebPayment(p.payCode(), p.payName(),
                p.payTransactionId(), p.orderNo(), p.ebpCode(), p.ebpName(), other, p.payerName(), p.telephone(),
                p.amountPaid(), p.payTime())), waybill, list);
        assertThat(f).extracting(CheckFinding::error).containsExactly(CustomsError.BUYER_ID_MISMATCH);
        assertThat(f.get(0).detail()).doesNotContain(other).doesNotContain(Samples.ID_NUMBER).contains("4405**********0014");
    }

    @Test
    void list_lines_against_order_lines() {
        CebLine first = list.lines().get(0);
        CebLine second = list.lines().get(1);
        expectOnly(CustomsError.LINES_MISMATCH, order, payment, waybill, list(l -> listLines(l, List.of(first))));
        expectOnly(CustomsError.LINES_MISMATCH, order, payment, waybill, list(l -> listLines(l, List.of(first,
                new CebLine(2, second.itemNo(), second.itemName(), second.gcode(), 2, second.unit(), second.price(),
                        second.totalPrice(), second.country())))));
        expectOnly(CustomsError.LINES_MISMATCH, order, payment, waybill, list(l -> listLines(l, List.of(first,
                new CebLine(2, second.itemNo(), second.itemName(), second.gcode(), second.qty(), second.unit(),
                        second.price(), new BigDecimal("135.01"), second.country())))));
        expectOnly(CustomsError.LINES_MISMATCH, order, payment, waybill, list(l -> listLines(l, List.of(first,
                new CebLine(2, "SKU-OTHER", second.itemName(), second.gcode(), second.qty(), second.unit(),
                        second.price(), second.totalPrice(), second.country())))));
    }

    @Test
    void consignee_name_phone_and_address_between_order_and_waybill() {
        for (int field = 0; field < 3; field++) {
            int f = field;
            CebWaybill changed = waybill(w -> new CebWaybill(w.logisticsCode(), w.logisticsName(), w.logisticsNo(),
                    w.orderNo(), w.ebpCode(), w.ebpName(), w.freight(), w.insuredFee(), w.weight(),
                    f == 0 ? "张三丰" : w.consignee(), f == 2 ? "浙江省杭州市西湖区网商路599号" : w.consigneeAddress(),
                    f == 1 ? "13900000000" : w.consigneeTelephone()));
            expectOnly(CustomsError.CONSIGNEE_MISMATCH, order, payment, changed, list);
        }
    }

    @Test
    void an_address_split_by_spaces_or_commas_is_the_same_address() {
        CebWaybill commas = waybill(w -> new CebWaybill(w.logisticsCode(), w.logisticsName(), w.logisticsNo(),
                w.orderNo(), w.ebpCode(), w.ebpName(), w.freight(), w.insuredFee(), w.weight(), w.consignee(),
                "浙江省,杭州市,滨江区,网商路599号", w.consigneeTelephone()));
        assertThat(ThreeDocumentCheck.check(order, payment, commas, list)).isEmpty();
    }

    private static void expectOnly(CustomsError error, CebOrder o, CebPayment p, CebWaybill w, CebInventory l) {
        assertThat(ThreeDocumentCheck.check(o, p, w, l)).extracting(CheckFinding::error).containsExactly(error);
    }

    private CebOrder order(UnaryOperator<CebOrder> change) { return change.apply(order); }
    private CebPayment payment(UnaryOperator<CebPayment> change) { return change.apply(payment); }
    private CebWaybill waybill(UnaryOperator<CebWaybill> change) { return change.apply(waybill); }
    private CebInventory list(UnaryOperator<CebInventory> change) { return change.apply(list); }

    private static CebOrder with(CebOrder o, String field, String value) {
        return new CebOrder(field.equals("orderNo") ? value : o.orderNo(), field.equals("ebpCode") ? value : o.ebpCode(),
                o.ebpName(), o.ebcCode(), o.ebcName(), o.goodsValue(), o.freight(), o.discount(), o.taxTotal(),
                o.acturalPaid(), o.buyerRegNo(), field.equals("buyerName") ? value : o.buyerName(), o.buyerTelephone(),
                field.equals("buyerIdNumber") ? value : o.buyerIdNumber(), o.payCode(), o.payName(),
                field.equals("payTransactionId") ? value : o.payTransactionId(), o.consignee(), o.consigneeTelephone(),
                o.consigneeAddress(), o.lines());
    }

    private static CebInventory listWith(CebInventory l, String field, String value) {
        return new CebInventory(field.equals("orderNo") ? value : l.orderNo(), field.equals("ebpCode") ? value : l.ebpCode(),
                l.ebpName(), l.ebcCode(), l.ebcName(), field.equals("logisticsNo") ? value : l.logisticsNo(),
                l.logisticsCode(), l.logisticsName(), l.copNo(), l.assureCode(), l.emsNo(), l.declTime(),
                l.customsCode(), l.portCode(), l.ieDate(), field.equals("buyerIdNumber") ? value : l.buyerIdNumber(),
                field.equals("buyerName") ? value : l.buyerName(), l.buyerTelephone(), l.consigneeAddress(),
                l.agentCode(), l.agentName(), l.areaCode(), l.areaName(), l.tradeMode(), l.trafMode(), l.loctNo(),
                l.country(), l.freight(), l.insuredFee(), l.wrapType(), l.grossWeight(), l.netWeight(), l.lines());
    }

    private static CebInventory listLines(CebInventory l, List<CebLine> lines) {
        return new CebInventory(l.orderNo(), l.ebpCode(), l.ebpName(), l.ebcCode(), l.ebcName(), l.logisticsNo(),
                l.logisticsCode(), l.logisticsName(), l.copNo(), l.assureCode(), l.emsNo(), l.declTime(),
                l.customsCode(), l.portCode(), l.ieDate(), l.buyerIdNumber(), l.buyerName(), l.buyerTelephone(),
                l.consigneeAddress(), l.agentCode(), l.agentName(), l.areaCode(), l.areaName(), l.tradeMode(),
                l.trafMode(), l.loctNo(), l.country(), l.freight(), l.insuredFee(), l.wrapType(), l.grossWeight(),
                l.netWeight(), new ArrayList<>(lines));
    }
}
