package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.math.BigDecimal;
import java.util.List;

/**
 * CEB311 电子订单: OrderHead + OrderList (cross-border.md §4.3b). {@code acturalPaid} (sic, as in the schema) =
 * goodsValue + freight + taxTotal − discount. {@link #toString()} masks the identity number.
 */
public record CebOrder(String orderNo, String ebpCode, String ebpName, String ebcCode, String ebcName,
                       BigDecimal goodsValue, BigDecimal freight, BigDecimal discount, BigDecimal taxTotal,
                       BigDecimal acturalPaid, String buyerRegNo, String buyerName, String buyerTelephone,
                       String buyerIdNumber, String payCode, String payName, String payTransactionId,
                       String consignee, String consigneeTelephone, String consigneeAddress, List<CebLine> lines)
        implements CebMessage {
    /** Currency code of CNY in the unified messages. */
    public static final String CNY = "142";
    /** buyerIdType 1: resident identity card (the only one accepted). */
    public static final String ID_CARD = "1";

    public CebOrder {
        lines = List.copyOf(lines);
    }

    @Override public CustomsDocument document() { return CustomsDocument.ORDER; }
    @Override public String bodyElement() { return "Order"; }
    @Override public String headElement() { return "OrderHead"; }
    @Override public String lineElement() { return "OrderList"; }

    @Override
    public List<CebField> headFields(Envelope envelope) {
        return envelope.head().add("orderType", "I").add("orderNo", orderNo).add("ebpCode", ebpCode)
                .add("ebpName", ebpName).add("ebcCode", ebcCode).add("ebcName", ebcName)
                .add("goodsValue", goodsValue).add("freight", freight).add("discount", discount)
                .add("taxTotal", taxTotal).add("acturalPaid", acturalPaid).add("currency", CNY)
                .add("buyerRegNo", buyerRegNo).add("buyerName", buyerName).add("buyerTelephone", buyerTelephone)
                .add("buyerIdType", ID_CARD).add("buyerIdNumber", buyerIdNumber).add("payCode", payCode)
                .add("payName", payName).add("payTransactionId", payTransactionId).add("consignee", consignee)
                .add("consigneeTelephone", consigneeTelephone).add("consigneeAddress", consigneeAddress).list();
    }

    @Override
    public List<List<CebField>> lineFields() {
        return lines.stream().map(l -> new CebField.Fields().add("gnum", l.gnum()).add("itemNo", l.itemNo())
                .add("itemName", l.itemName()).add("unit", l.unit()).add("qty", l.qty()).add("price", l.price())
                .add("totalPrice", l.totalPrice()).add("currency", CNY).add("country", l.country()).list()).toList();
    }

    @Override public String toString() {
        return "CebOrder[orderNo=" + orderNo + ", buyerIdNumber=" + IdentityMask.mask(buyerIdNumber) + "]";
    }
}
