package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsError;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the four declarations of one order, and the cancellation of its list (CEB623), from its facts (cross-border.md §2, §4.3b). Money: yuan with 2 decimals
 * from fen. goodsValue = goods after real price reductions (§2: they lower goodsValue); discount = non-cash deductions
 * (points, vouchers), which the platform does not have yet: 0.00; acturalPaid = goodsValue + freight + taxTotal −
 * discount. Insurance: 0.00 (none is charged).
 */
public final class DeclarationBuilder {
    private final PlatformCodes codes;

    /** @param codes our registrations */
    public DeclarationBuilder(PlatformCodes codes) { this.codes = codes; }

    /** @return CEB311 of the order */
    public CebOrder order(OrderFacts o) {
        long goodsValue = o.goodsFen() - o.discountFen();
        long discount = 0;
        BigDecimal acturalPaid = Yuan.ofFen(goodsValue + o.shippingFen() + o.taxFen() - discount);
        return new CebOrder(o.orderNo(), codes.ebpCode(), codes.ebpName(), codes.ebcCode(), codes.ebcName(),
                Yuan.ofFen(goodsValue), Yuan.ofFen(o.shippingFen()), Yuan.ofFen(discount), Yuan.ofFen(o.taxFen()),
                acturalPaid, Long.toString(o.buyerId()), o.buyerName(), o.phone(), o.buyerIdNumber(), codes.payCode(),
                codes.payName(), o.payTransactionId(), o.consignee(), o.phone(), o.consigneeAddress(),
                lines(o, false));
    }

    /**
     * @param telephone the payer's phone (the order's, UNVERIFIED: the payment carries none)
     * @return CEB411 of the payment
     */
    public CebPayment payment(PaymentFacts p, String telephone) {
        return new CebPayment(codes.payCode(), codes.payName(), p.providerTxnId(), p.orderNo(), codes.ebpCode(),
                codes.ebpName(), p.payerIdNumber(), p.payerName(), telephone, Yuan.ofFen(p.amountFen()),
                Envelope.time(p.paidAt()));
    }

    /** @return CEB511 of the waybill */
    public CebWaybill waybill(WaybillFacts w) {
        return new CebWaybill(w.logisticsCode(), w.logisticsName(), w.logisticsNo(), w.orderNo(), codes.ebpCode(),
                codes.ebpName(), Yuan.ofFen(w.freightFen()), Yuan.ofFen(0), Yuan.kilograms(w.weightGrams()),
                w.consignee(), w.consigneeAddress(), w.consigneeTelephone());
    }

    /**
     * @param at declaration time (declTime, ieDate)
     * @return CEB621 of the order, trade mode 1210
     * @throws io.kaola.common.error.KaolaException CUSTOMS_HS_CODE_MISSING naming the SKUs without an HS code
     */
    public CebInventory inventory(OrderFacts o, WaybillFacts w, Instant at) {
        List<String> missing = o.lines().stream().filter(l -> l.hsCode() == null || l.hsCode().isBlank())
                .map(OrderFacts.Line::skuCode).toList();
        if (!missing.isEmpty()) {
            throw CustomsError.HS_CODE_MISSING.exception("no HS code for SKU " + String.join(", ", missing)
                    + ": set it with the tax-profile admin API (kaola-product), then re-send the declaration");
        }
        long net = o.lines().stream().mapToLong(l -> (long) l.weightGrams() * l.quantity()).sum();
        long gross = Math.max(w.weightGrams(), net);
        return new CebInventory(o.orderNo(), codes.ebpCode(), codes.ebpName(), codes.ebcCode(), codes.ebcName(),
                w.logisticsNo(), w.logisticsCode(), w.logisticsName(), o.orderNo(), codes.ebcCode(), codes.emsNo(),
                Envelope.day(at), codes.customsCode(), codes.portCode(), Envelope.day(at), o.buyerIdNumber(),
                o.buyerName(), o.phone(), o.consigneeAddress(), codes.agentCode(), codes.agentName(),
                codes.areaCode(), codes.areaName(), CebInventory.TRADE_MODE_BONDED, codes.trafMode(), codes.loctNo(),
                codes.country(), Yuan.ofFen(o.shippingFen()), Yuan.ofFen(0), codes.wrapType(),
                Yuan.kilograms(gross), Yuan.kilograms(net), lines(o, true));
    }

    /**
     * @param o      the order's facts (buyer, orderNo)
     * @param w      the waybill's facts (logistics fields, as in the 621)
     * @param invtNo customs' list number from the 622 receipts; null when none carried it
     * @param reason why, 1..255 characters (kaola-order's words; no identity number)
     * @return CEB623 cancelling the order's list; the applicant is the declaring agent of the list
     */
    public CebCancellation cancellation(OrderFacts o, WaybillFacts w, String invtNo, String reason) {
        return new CebCancellation(codes.customsCode(), o.orderNo(), codes.ebpCode(), codes.ebpName(),
                codes.ebcCode(), codes.ebcName(), w.logisticsNo(), w.logisticsCode(), w.logisticsName(), o.orderNo(),
                invtNo, o.buyerIdNumber(), o.buyerName(), o.phone(), codes.agentCode(), codes.agentName(), reason);
    }

    /**
     * @param o        the order's facts (buyer, orderNo)
     * @param w        the waybill's facts (logistics fields, as in the 621)
     * @param invtNo   customs' list number from the 622 receipts; null when none carried it
     * @param returnId kaola-order's return id (the 625's note)
     * @param lines    the list lines and units returned ({@link ReturnRules#allocate})
     * @param reason   why, 1..255 characters (kaola-order's words; no identity number)
     * @return CEB625 returning those units of the order's released list; the applicant is the declaring agent
     */
    public CebReturn returnOf(OrderFacts o, WaybillFacts w, String invtNo, String returnId,
                              List<ReturnRules.DeclaredReturnLine> lines, String reason) {
        return new CebReturn(codes.customsCode(), o.orderNo(), codes.ebpCode(), codes.ebpName(), codes.ebcCode(),
                codes.ebcName(), w.logisticsNo(), w.logisticsCode(), w.logisticsName(), o.orderNo(), invtNo,
                o.buyerIdNumber(), o.buyerName(), o.phone(), codes.agentCode(), codes.agentName(), reason, returnId,
                lines);
    }

    /**
     * @param rawReceipt a CEB622 receipt as received (XML)
     * @return its {@code invtNo} (customs' list number), or null when it carries none
     */
    public static String invtNoOf(String rawReceipt) {
        if (rawReceipt == null) return null;
        java.util.regex.Matcher m = INVT_NO.matcher(rawReceipt);
        return m.find() ? m.group(1).trim() : null;
    }

    private static final java.util.regex.Pattern INVT_NO =
            java.util.regex.Pattern.compile("<(?:[A-Za-z0-9_]+:)?invtNo>([^<]{1,60})</(?:[A-Za-z0-9_]+:)?invtNo>");

    private List<CebLine> lines(OrderFacts o, boolean withHsCode) {
        List<CebLine> lines = new ArrayList<>();
        int gnum = 1;
        for (OrderFacts.Line l : o.lines()) {
            lines.add(new CebLine(gnum++, l.skuCode(), l.itemName(), withHsCode ? l.hsCode() : null, l.quantity(),
                    codes.unit(), Yuan.unitPrice(l.totalFen(), l.quantity()), Yuan.ofFen(l.totalFen()),
                    codes.originCountry()));
        }
        return lines;
    }
}
