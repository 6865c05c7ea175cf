package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.util.List;

/**
 * CEB625 退货申请单 (return of goods of a released list): {@code InvtRefund} with {@code InvtRefundHead} (the header
 * it shares with CEB623, cross-border.md §4.3b — customsCode, orderNo, ebp/ebc, logistics, copNo, preNo, invtNo,
 * buyer fields, agent, reason) and one {@code InvtRefundList} per list line returned (gnum, itemNo, gcode, gname, qty,
 * unit). Sent by the declaring agent. UNVERIFIED: the official element names, order and optionality; invtNo (customs'
 * list number) is left out when no receipt of the list carried it. {@link #toString()} masks the identity number.
 *
 * @param customsCode declaring customs of the list
 * @param orderNo     the order (as in the 621)
 * @param copNo       the list's enterprise number (copNo of the 621: the orderNo)
 * @param invtNo      customs' list number from the 622 receipts; null when none carried it
 * @param reason      why (1..255 characters)
 * @param returnId    kaola-order's return id (in {@code note}, for ops)
 * @param lines       the list lines and units returned
 */
public record CebReturn(String customsCode, String orderNo, String ebpCode, String ebpName, String ebcCode,
                        String ebcName, String logisticsNo, String logisticsCode, String logisticsName, String copNo,
                        String invtNo, String buyerIdNumber, String buyerName, String buyerTelephone,
                        String agentCode, String agentName, String reason, String returnId,
                        List<ReturnRules.DeclaredReturnLine> lines) implements CebMessage {

    public CebReturn {
        lines = List.copyOf(lines);
    }

    @Override public CustomsDocument document() { return CustomsDocument.RETURN; }
    @Override public String bodyElement() { return "InvtRefund"; }
    @Override public String headElement() { return "InvtRefundHead"; }
    @Override public String lineElement() { return "InvtRefundList"; }

    @Override
    public List<CebField> headFields(Envelope envelope) {
        return envelope.head().add("customsCode", customsCode).add("orderNo", orderNo).add("ebpCode", ebpCode)
                .add("ebpName", ebpName).add("ebcCode", ebcCode).add("ebcName", ebcName)
                .add("logisticsNo", logisticsNo).add("logisticsCode", logisticsCode)
                .add("logisticsName", logisticsName).add("copNo", copNo).add("invtNo", invtNo)
                .add("buyerIdType", CebOrder.ID_CARD).add("buyerIdNumber", buyerIdNumber).add("buyerName", buyerName)
                .add("buyerTelephone", buyerTelephone).add("agentCode", agentCode).add("agentName", agentName)
                .add("reason", reason).add("note", returnId == null ? null : "returnId " + returnId).list();
    }

    @Override
    public List<List<CebField>> lineFields() {
        return lines.stream().map(l -> new CebField.Fields().add("gnum", l.gnum()).add("itemNo", l.itemNo())
                .add("gcode", l.gcode()).add("gname", l.itemName()).add("qty", l.qty()).add("unit", l.unit())
                .list()).toList();
    }

    @Override public String toString() {
        return "CebReturn[orderNo=" + orderNo + ", returnId=" + returnId + ", invtNo=" + invtNo + ", lines="
                + lines.size() + ", buyerIdNumber=" + IdentityMask.mask(buyerIdNumber) + "]";
    }
}
