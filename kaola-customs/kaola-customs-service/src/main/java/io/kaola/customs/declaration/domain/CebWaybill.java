package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.math.BigDecimal;
import java.util.List;

/** CEB511 运单: LogisticsHead (cross-border.md §4.3b), declared on behalf of the logistics company. */
public record CebWaybill(String logisticsCode, String logisticsName, String logisticsNo, String orderNo,
                         String ebpCode, String ebpName, BigDecimal freight, BigDecimal insuredFee, BigDecimal weight,
                         String consignee, String consigneeAddress, String consigneeTelephone) implements CebMessage {

    @Override public CustomsDocument document() { return CustomsDocument.WAYBILL; }
    @Override public String bodyElement() { return "Logistics"; }
    @Override public String headElement() { return "LogisticsHead"; }
    @Override public String lineElement() { return null; }

    @Override
    public List<CebField> headFields(Envelope envelope) {
        return envelope.head().add("logisticsCode", logisticsCode).add("logisticsName", logisticsName)
                .add("logisticsNo", logisticsNo).add("orderNo", orderNo).add("ebpCode", ebpCode)
                .add("ebpName", ebpName).add("freight", freight).add("insuredFee", insuredFee)
                .add("currency", CebOrder.CNY).add("weight", weight).add("packNo", 1).add("consignee", consignee)
                .add("consigneeAddress", consigneeAddress).add("consigneeTelephone", consigneeTelephone).list();
    }

    @Override public List<List<CebField>> lineFields() { return List.of(); }
}
