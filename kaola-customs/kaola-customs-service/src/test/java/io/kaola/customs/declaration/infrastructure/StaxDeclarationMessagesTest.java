package io.kaola.customs.declaration.infrastructure;

import io.kaola.common.error.KaolaException;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.config.CustomsProperties;
import io.kaola.customs.declaration.domain.CebCancellation;
import io.kaola.customs.declaration.domain.CebInventory;
import io.kaola.customs.declaration.domain.CebMessage;
import io.kaola.customs.declaration.domain.CebOrder;
import io.kaola.customs.declaration.domain.DeclarationBuilder;
import io.kaola.customs.declaration.domain.Envelope;
import io.kaola.customs.declaration.domain.IdentityMask;
import io.kaola.customs.declaration.domain.OrderFacts;
import io.kaola.customs.declaration.domain.CebReturn;
import io.kaola.customs.declaration.domain.ReturnRules;
import io.kaola.customs.declaration.domain.Samples;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The builders' messages as XML: each validates against ceb.xsd, signed by the sandbox signer; broken ones do not. */
class StaxDeclarationMessagesTest {
    private static final String GUID = "0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9";
    private final StaxDeclarationMessages messages = new StaxDeclarationMessages(
            new CustomsProperties(null, null, null, Samples.CODES, null));
    private final SandboxMessageSigner signer = new SandboxMessageSigner();
    private final DeclarationBuilder builder = new DeclarationBuilder(Samples.CODES);
    private final Envelope envelope = new Envelope(GUID, 1, Samples.PAID);

    @Test
    void all_four_messages_validate_signed_and_unsigned() {
        for (CebMessage m : List.<CebMessage>of(builder.order(Samples.order("K1")),
                builder.payment(Samples.payment("K1"), "13800000000"), builder.waybill(Samples.waybill("K1")),
                builder.inventory(Samples.order("K1"), Samples.waybill("K1"), Samples.PAID))) {
            String xml = messages.write(m, envelope);
            messages.validate(xml);
            String signed = signer.sign(xml);
            messages.validate(signed);
            assertThat(signed).startsWith("<?xml").contains("<ceb:" + m.document().messageType() + "Message")
                    .contains("xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\"").contains("guid=\"" + GUID + "\"")
                    .contains("version=\"1.0\"").contains("<ceb:BaseTransfer><ceb:copCode>3301960000</ceb:copCode>")
                    .contains("<ceb:dxpMode>DXP</ceb:dxpMode>").contains(SandboxMessageSigner.NOT_SIGNED)
                    .contains("sm2-sm3");
        }
    }

    @Test
    void the_order_carries_yuan_with_two_decimals_and_the_fields_of_the_spec() {
        String xml = messages.write(builder.order(Samples.order("K1")), envelope);
        assertThat(xml).contains("<ceb:appType>1</ceb:appType>", "<ceb:appStatus>2</ceb:appStatus>",
                "<ceb:appTime>20260301100000</ceb:appTime>",      // Asia/Shanghai
                "<ceb:goodsValue>305.00</ceb:goodsValue>", "<ceb:freight>20.00</ceb:freight>",
                "<ceb:discount>0.00</ceb:discount>", "<ceb:taxTotal>37.54</ceb:taxTotal>",
                "<ceb:acturalPaid>362.54</ceb:acturalPaid>", "<ceb:currency>142</ceb:currency>",
                "<ceb:buyerIdType>1</ceb:buyerIdType>", "<ceb:buyerIdNumber>11010519491231002X</ceb:buyerIdNumber>",
                "<ceb:payTransactionId>TXN-1</ceb:payTransactionId>",
                "<ceb:gnum>1</ceb:gnum><ceb:itemNo>SKU-CREAM</ceb:itemNo>",
                "<ceb:qty>1</ceb:qty><ceb:price>170.00</ceb:price><ceb:totalPrice>170.00</ceb:totalPrice>",
                "<ceb:qty>3</ceb:qty><ceb:price>45.00</ceb:price><ceb:totalPrice>135.00</ceb:totalPrice>");
    }

    @Test
    void the_list_is_trade_mode_1210_with_hs_codes_freight_and_insured_fee() {
        CebInventory list = builder.inventory(Samples.order("K1"), Samples.waybill("K1"), Samples.PAID);
        String xml = messages.write(list, envelope);
        assertThat(xml).contains("<ceb:tradeMode>1210</ceb:tradeMode>", "<ceb:gcode>3304990099</ceb:gcode>",
                "<ceb:gcode>2106909090</ceb:gcode>", "<ceb:freight>20.00</ceb:freight>",
                "<ceb:insuredFee>0.00</ceb:insuredFee>", "<ceb:emsNo>T2991W000001</ceb:emsNo>",
                "<ceb:agentCode>3301960002</ceb:agentCode>", "<ceb:netWeight>0.680</ceb:netWeight>",
                "<ceb:grossWeight>0.900</ceb:grossWeight>", "<ceb:declTime>20260301</ceb:declTime>");
    }

    @Test
    void a_line_whose_reduction_does_not_divide_is_priced_to_four_decimals_and_still_validates() {
        OrderFacts o = Samples.order("K1");
        OrderFacts odd = new OrderFacts(o.orderNo(), o.buyerId(), o.paymentNo(), o.payTransactionId(), o.paidAt(),
                13500, 100, 0, 0, 13400, o.consignee(), o.phone(), o.province(), o.city(), o.district(), o.detail(),
                o.buyerName(), o.buyerIdNumber(), List.of(new OrderFacts.Line("SKU-VIT", "维生素", 3, 13500, 100,
                "2106909090", 200)));
        String xml = messages.write(builder.order(odd), envelope);
        messages.validate(xml);
        assertThat(xml).contains("<ceb:price>44.6667</ceb:price><ceb:totalPrice>134.00</ceb:totalPrice>");
    }

    @Test
    void a_message_breaking_the_schema_is_refused_with_a_stable_code_and_no_identity_number() {
        CebOrder o = builder.order(Samples.order("K1"));
        CebOrder negative = new CebOrder(o.orderNo(), o.ebpCode(), o.ebpName(), o.ebcCode(), o.ebcName(),
                new BigDecimal("-1.00"), o.freight(), o.discount(), o.taxTotal(), o.acturalPaid(), o.buyerRegNo(),
                o.buyerName(), o.buyerTelephone(), o.buyerIdNumber(), o.payCode(), o.payName(), o.payTransactionId(),
                o.consignee(), o.consigneeTelephone(), o.consigneeAddress(), o.lines());
        assertThatThrownBy(() -> messages.validate(messages.write(negative, envelope)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.MESSAGE_INVALID)).isTrue())
                .hasMessageContaining("goodsValue");
        CebOrder badId = new CebOrder(o.orderNo(), o.ebpCode(), o.ebpName(), o.ebcCode(), o.ebcName(), o.goodsValue(),
                o.freight(), o.discount(), o.taxTotal(), o.acturalPaid(), o.buyerRegNo(), o.buyerName(),
                o.buyerTelephone(), "1101051949123100X2", o.payCode(), o.payName(), o.payTransactionId(),
                o.consignee(), o.consigneeTelephone(), o.consigneeAddress(), o.lines());
        assertThatThrownBy(() -> messages.validate(messages.write(badId, envelope)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.MESSAGE_INVALID)).isTrue())
                .hasMessageContaining("buyerIdNumber").hasMessageNotContaining("1101051949123100X2");
    }

    @Test
    void a_missing_hs_code_stops_the_list_with_its_code() {
        OrderFacts o = Samples.order("K1");
        OrderFacts noHs = new OrderFacts(o.orderNo(), o.buyerId(), o.paymentNo(), o.payTransactionId(), o.paidAt(),
                o.goodsFen(), o.discountFen(), o.shippingFen(), o.taxFen(), o.totalFen(), o.consignee(), o.phone(),
                o.province(), o.city(), o.district(), o.detail(), o.buyerName(), o.buyerIdNumber(),
                List.of(o.lines().get(0), new OrderFacts.Line("SKU-VIT", "维生素", 3, 13500, 0, null, 200)));
        assertThatThrownBy(() -> builder.inventory(noHs, Samples.waybill("K1"), Samples.PAID))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.HS_CODE_MISSING)).isTrue())
                .hasMessageContaining("SKU-VIT");
    }

    @Test
    void the_cancellation_623_names_the_list_the_reason_and_the_agent_and_validates_signed() {
        CebCancellation c = builder.cancellation(Samples.order("K1"), Samples.waybill("K1"), "29912026I000000123",
                "买家取消订单 (buyer cancelled)");
        String xml = messages.write(c, envelope);
        messages.validate(xml);
        String signed = signer.sign(xml);
        messages.validate(signed);
        assertThat(signed).contains("<ceb:CEB623Message", "guid=\"" + GUID + "\"", "<ceb:InvtCancel><ceb:guid>" + GUID,
                "<ceb:appType>1</ceb:appType>", "<ceb:appStatus>2</ceb:appStatus>",
                "<ceb:customsCode>2991</ceb:customsCode><ceb:orderNo>K1</ceb:orderNo>",
                "<ceb:logisticsNo>SF1000000001</ceb:logisticsNo>", "<ceb:copNo>K1</ceb:copNo>",
                "<ceb:invtNo>29912026I000000123</ceb:invtNo>", "<ceb:buyerIdNumber>11010519491231002X</ceb:buyerIdNumber>",
                "<ceb:buyerName>李四</ceb:buyerName>", "<ceb:agentCode>3301960002</ceb:agentCode>",
                "<ceb:agentName>示例报关</ceb:agentName>", "<ceb:reason>买家取消订单 (buyer cancelled)</ceb:reason>",
                "</ceb:InvtCancel><ceb:BaseTransfer>", SandboxMessageSigner.NOT_SIGNED);
        assertThat(IdentityMask.maskAll(signed)).doesNotContain(Samples.ID_NUMBER);
        assertThat(c.toString()).doesNotContain(Samples.ID_NUMBER);
    }

    @Test
    void a_623_without_customs_list_number_still_validates_but_one_without_a_reason_does_not() {
        String noInvtNo = messages.write(builder.cancellation(Samples.order("K1"), Samples.waybill("K1"), null, "x"),
                envelope);
        messages.validate(noInvtNo);
        assertThat(noInvtNo).doesNotContain("invtNo");
        String noReason = messages.write(builder.cancellation(Samples.order("K1"), Samples.waybill("K1"), null, null),
                envelope);
        assertThatThrownBy(() -> messages.validate(noReason))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.MESSAGE_INVALID)).isTrue());
        String tooLong = messages.write(builder.cancellation(Samples.order("K1"), Samples.waybill("K1"), null,
                "x".repeat(256)), envelope);
        assertThatThrownBy(() -> messages.validate(tooLong)).isInstanceOf(KaolaException.class);
    }

    @Test
    void the_return_625_names_the_list_its_lines_with_gnum_gcode_and_qty_and_validates_signed() {
        OrderFacts o = Samples.order("K1");
        CebInventory list = builder.inventory(o, Samples.waybill("K1"), Samples.PAID);
        var lines = ReturnRules.allocate(list.lines(), List.of(new io.kaola.customs.api.ReturnLine("SKU-VIT", 2)),
                List.of());
        CebReturn r = builder.returnOf(o, Samples.waybill("K1"), "29912026I000000123", "RT-1", lines,
                "七天无理由退货 (7-day return)");
        String xml = messages.write(r, envelope);
        messages.validate(xml);
        String signed = signer.sign(xml);
        messages.validate(signed);
        assertThat(signed).contains("<ceb:CEB625Message", "guid=\"" + GUID + "\"",
                "<ceb:InvtRefund><ceb:InvtRefundHead><ceb:guid>" + GUID, "<ceb:appType>1</ceb:appType>",
                "<ceb:customsCode>2991</ceb:customsCode><ceb:orderNo>K1</ceb:orderNo>",
                "<ceb:logisticsNo>SF1000000001</ceb:logisticsNo>", "<ceb:copNo>K1</ceb:copNo>",
                "<ceb:invtNo>29912026I000000123</ceb:invtNo>", "<ceb:buyerName>李四</ceb:buyerName>",
                "<ceb:agentCode>3301960002</ceb:agentCode>", "<ceb:reason>七天无理由退货 (7-day return)</ceb:reason>",
                "<ceb:note>returnId RT-1</ceb:note></ceb:InvtRefundHead>",
                "<ceb:InvtRefundList><ceb:gnum>2</ceb:gnum><ceb:itemNo>SKU-VIT</ceb:itemNo>"
                        + "<ceb:gcode>2106909090</ceb:gcode><ceb:gname>维生素</ceb:gname><ceb:qty>2</ceb:qty>"
                        + "<ceb:unit>011</ceb:unit></ceb:InvtRefundList></ceb:InvtRefund><ceb:BaseTransfer>",
                SandboxMessageSigner.NOT_SIGNED);
        assertThat(signed).doesNotContain("SKU-CREAM");
        assertThat(IdentityMask.maskAll(signed)).doesNotContain(Samples.ID_NUMBER);
        assertThat(r.toString()).doesNotContain(Samples.ID_NUMBER);
    }

    @Test
    void a_625_without_list_number_validates_but_one_without_lines_or_reason_does_not() {
        OrderFacts o = Samples.order("K1");
        var line = List.of(new ReturnRules.DeclaredReturnLine(1, "SKU-CREAM", "面霜 50g", "3304990099", 1, "011"));
        String noInvtNo = messages.write(builder.returnOf(o, Samples.waybill("K1"), null, "RT-2", line, "x"), envelope);
        messages.validate(noInvtNo);
        assertThat(noInvtNo).doesNotContain("invtNo");
        String noLines = messages.write(builder.returnOf(o, Samples.waybill("K1"), null, "RT-2", List.of(), "x"),
                envelope);
        assertThatThrownBy(() -> messages.validate(noLines))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(CustomsError.MESSAGE_INVALID)).isTrue());
        String noReason = messages.write(builder.returnOf(o, Samples.waybill("K1"), null, "RT-2", line, null),
                envelope);
        assertThatThrownBy(() -> messages.validate(noReason)).isInstanceOf(KaolaException.class);
    }

    @Test
    void the_list_number_is_read_from_a_622_receipt() {
        assertThat(DeclarationBuilder.invtNoOf("<ceb:CEB622Message><ceb:InventoryReturn><ceb:guid>G</ceb:guid>"
                + "<ceb:invtNo>29912026I000000123</ceb:invtNo><ceb:returnStatus>120</ceb:returnStatus>"))
                .isEqualTo("29912026I000000123");
        assertThat(DeclarationBuilder.invtNoOf("<InventoryReturn><invtNo> 2991 </invtNo>")).isEqualTo("2991");
        assertThat(DeclarationBuilder.invtNoOf("<ceb:CEB622Message/>")).isNull();
        assertThat(DeclarationBuilder.invtNoOf(null)).isNull();
    }

    @Test
    void the_ops_copy_of_a_message_shows_the_identity_number_masked() {
        String xml = messages.write(builder.order(Samples.order("K1")), envelope);
        String masked = IdentityMask.maskAll(xml);
        assertThat(masked).doesNotContain(Samples.ID_NUMBER).contains("<ceb:buyerIdNumber>1101**********002X<");
        assertThat(Samples.order("K1").toString()).doesNotContain(Samples.ID_NUMBER);
        assertThat(builder.order(Samples.order("K1")).toString()).doesNotContain(Samples.ID_NUMBER);
    }
}
