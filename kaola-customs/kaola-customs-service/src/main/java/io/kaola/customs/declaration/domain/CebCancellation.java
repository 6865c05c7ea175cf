package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.util.List;

/**
 * CEB623 撤销申请单 (cancellation of an inventory list): {@code InvtCancel} with its fields directly in the body
 * (cross-border.md §4.3b: the header it shares with CEB625 — customsCode, orderNo, ebp/ebc, logistics, copNo, preNo,
 * invtNo, buyer fields, agent, reason). Sent by the declaring agent (the applicant: agentCode/agentName from the
 * platform configuration). UNVERIFIED: the official element order and which fields are required; invtNo (customs'
 * list number) is left out when no receipt of the list carried it. {@link #toString()} masks the identity number.
 *
 * @param customsCode    declaring customs of the list
 * @param orderNo        the order (as in the 621)
 * @param copNo          the list's enterprise number (copNo of the 621: the orderNo)
 * @param invtNo         customs' list number from the 622 receipts; null when none carried it
 * @param reason         why (1..255 characters)
 */
public record CebCancellation(String customsCode, String orderNo, String ebpCode, String ebpName, String ebcCode,
                              String ebcName, String logisticsNo, String logisticsCode, String logisticsName,
                              String copNo, String invtNo, String buyerIdNumber, String buyerName,
                              String buyerTelephone, String agentCode, String agentName, String reason)
        implements CebMessage {

    @Override public CustomsDocument document() { return CustomsDocument.CANCELLATION; }
    @Override public String bodyElement() { return "InvtCancel"; }
    @Override public String headElement() { return null; }
    @Override public String lineElement() { return null; }

    @Override
    public List<CebField> headFields(Envelope envelope) {
        return envelope.head().add("customsCode", customsCode).add("orderNo", orderNo).add("ebpCode", ebpCode)
                .add("ebpName", ebpName).add("ebcCode", ebcCode).add("ebcName", ebcName)
                .add("logisticsNo", logisticsNo).add("logisticsCode", logisticsCode)
                .add("logisticsName", logisticsName).add("copNo", copNo).add("invtNo", invtNo)
                .add("buyerIdType", CebOrder.ID_CARD).add("buyerIdNumber", buyerIdNumber).add("buyerName", buyerName)
                .add("buyerTelephone", buyerTelephone).add("agentCode", agentCode).add("agentName", agentName)
                .add("reason", reason).list();
    }

    @Override public List<List<CebField>> lineFields() { return List.of(); }

    @Override public String toString() {
        return "CebCancellation[orderNo=" + orderNo + ", invtNo=" + invtNo + ", buyerIdNumber="
                + IdentityMask.mask(buyerIdNumber) + "]";
    }
}
