package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.math.BigDecimal;
import java.util.List;

/**
 * CEB621 申报清单: InventoryHead + InventoryList (cross-border.md §4.3b), trade mode 1210, sent by the declaring agent
 * once the three documents are accepted. {@link #toString()} masks the identity number.
 */
public record CebInventory(String orderNo, String ebpCode, String ebpName, String ebcCode, String ebcName,
                           String logisticsNo, String logisticsCode, String logisticsName, String copNo,
                           String assureCode, String emsNo, String declTime, String customsCode, String portCode,
                           String ieDate, String buyerIdNumber, String buyerName, String buyerTelephone,
                           String consigneeAddress, String agentCode, String agentName, String areaCode,
                           String areaName, String tradeMode, String trafMode, String loctNo, String country,
                           BigDecimal freight, BigDecimal insuredFee, String wrapType, BigDecimal grossWeight,
                           BigDecimal netWeight, List<CebLine> lines) implements CebMessage {
    /** 网购保税进口 (bonded online-shopping import). */
    public static final String TRADE_MODE_BONDED = "1210";

    public CebInventory {
        lines = List.copyOf(lines);
    }

    @Override public CustomsDocument document() { return CustomsDocument.INVENTORY; }
    @Override public String bodyElement() { return "Inventory"; }
    @Override public String headElement() { return "InventoryHead"; }
    @Override public String lineElement() { return "InventoryList"; }

    @Override
    public List<CebField> headFields(Envelope envelope) {
        return envelope.head().add("orderNo", orderNo).add("ebpCode", ebpCode).add("ebpName", ebpName)
                .add("ebcCode", ebcCode).add("ebcName", ebcName).add("logisticsNo", logisticsNo)
                .add("logisticsCode", logisticsCode).add("logisticsName", logisticsName).add("copNo", copNo)
                .add("assureCode", assureCode).add("emsNo", emsNo).add("ieFlag", "I").add("declTime", declTime)
                .add("customsCode", customsCode).add("portCode", portCode).add("ieDate", ieDate)
                .add("buyerIdType", CebOrder.ID_CARD).add("buyerIdNumber", buyerIdNumber).add("buyerName", buyerName)
                .add("buyerTelephone", buyerTelephone).add("consigneeAddress", consigneeAddress)
                .add("agentCode", agentCode).add("agentName", agentName).add("areaCode", areaCode)
                .add("areaName", areaName).add("tradeMode", tradeMode).add("trafMode", trafMode)
                .add("loctNo", loctNo).add("country", country).add("freight", freight).add("insuredFee", insuredFee)
                .add("currency", CebOrder.CNY).add("wrapType", wrapType).add("packNo", 1)
                .add("grossWeight", grossWeight).add("netWeight", netWeight).list();
    }

    @Override
    public List<List<CebField>> lineFields() {
        return lines.stream().map(l -> new CebField.Fields().add("gnum", l.gnum()).add("itemRecordNo", l.itemNo())
                .add("itemNo", l.itemNo()).add("itemName", l.itemName()).add("gcode", l.gcode())
                .add("gname", l.itemName()).add("country", l.country()).add("currency", CebOrder.CNY)
                .add("qty", l.qty()).add("unit", l.unit()).add("qty1", l.qty()).add("unit1", l.unit())
                .add("price", l.price()).add("totalPrice", l.totalPrice()).list()).toList();
    }

    @Override public String toString() {
        return "CebInventory[orderNo=" + orderNo + ", buyerIdNumber=" + IdentityMask.mask(buyerIdNumber) + "]";
    }
}
