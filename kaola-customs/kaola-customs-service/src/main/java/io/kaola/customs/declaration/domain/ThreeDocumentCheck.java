package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsError;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The three-document check (三单对碰) we run before sending, with the fields of cross-border.md §4.4: orderNo and
 * ebpCode equal in 311, 411, 511 and 621; payTransactionId equal in 311 and 411; logisticsNo equal in 511 and 621;
 * 311 acturalPaid = 411 amountPaid; buyer name and identity number equal in 311 and 621 and the 411 payer; the 621
 * lines equal the 311 lines; consignee name, phone and address equal in 311 and 511. A finding is an ops exception,
 * never a silent send.
 */
public final class ThreeDocumentCheck {
    private ThreeDocumentCheck() {}

    /** @return every mismatch, empty when the four documents agree */
    public static List<CheckFinding> check(CebOrder order, CebPayment payment, CebWaybill waybill, CebInventory list) {
        List<CheckFinding> f = new ArrayList<>();
        if (!allEqual(order.orderNo(), payment.orderNo(), waybill.orderNo(), list.orderNo())) {
            f.add(new CheckFinding(CustomsError.ORDER_NO_MISMATCH, "orderNo 311=" + order.orderNo() + " 411="
                    + payment.orderNo() + " 511=" + waybill.orderNo() + " 621=" + list.orderNo()));
        }
        if (!allEqual(order.ebpCode(), payment.ebpCode(), waybill.ebpCode(), list.ebpCode())) {
            f.add(new CheckFinding(CustomsError.EBP_CODE_MISMATCH, "ebpCode 311=" + order.ebpCode() + " 411="
                    + payment.ebpCode() + " 511=" + waybill.ebpCode() + " 621=" + list.ebpCode()));
        }
        if (!allEqual(order.payTransactionId(), payment.payTransactionId())) {
            f.add(new CheckFinding(CustomsError.PAY_TRANSACTION_MISMATCH, "payTransactionId 311="
                    + order.payTransactionId() + " 411=" + payment.payTransactionId()));
        }
        if (!allEqual(waybill.logisticsNo(), list.logisticsNo())) {
            f.add(new CheckFinding(CustomsError.LOGISTICS_NO_MISMATCH, "logisticsNo 511=" + waybill.logisticsNo()
                    + " 621=" + list.logisticsNo()));
        }
        if (order.acturalPaid() == null || payment.amountPaid() == null
                || order.acturalPaid().compareTo(payment.amountPaid()) != 0) {
            f.add(new CheckFinding(CustomsError.AMOUNT_PAID_MISMATCH, "311 acturalPaid=" + order.acturalPaid()
                    + " 411 amountPaid=" + payment.amountPaid()));
        }
        if (!allEqual(order.buyerName(), list.buyerName(), payment.payerName())) {
            f.add(new CheckFinding(CustomsError.BUYER_NAME_MISMATCH,
                    "buyer name differs between 311 buyerName, 621 buyerName and 411 payerName"));
        }
        if (!allEqual(order.buyerIdNumber(), list.buyerIdNumber(), payment.payerIdNumber())) {
            f.add(new CheckFinding(CustomsError.BUYER_ID_MISMATCH, "identity number 311="
                    + IdentityMask.mask(order.buyerIdNumber()) + " 621=" + IdentityMask.mask(list.buyerIdNumber())
                    + " 411 payer=" + IdentityMask.mask(payment.payerIdNumber())));
        }
        String lines = linesMismatch(order.lines(), list.lines());
        if (lines != null) f.add(new CheckFinding(CustomsError.LINES_MISMATCH, lines));
        List<String> consignee = new ArrayList<>();
        if (!allEqual(order.consignee(), waybill.consignee())) consignee.add("name");
        if (!allEqual(order.consigneeTelephone(), waybill.consigneeTelephone())) consignee.add("phone");
        if (!allEqual(normalAddress(order.consigneeAddress()), normalAddress(waybill.consigneeAddress()))) {
            consignee.add("address");
        }
        if (!consignee.isEmpty()) {
            f.add(new CheckFinding(CustomsError.CONSIGNEE_MISMATCH, "consignee " + String.join(", ", consignee)
                    + " differ between 311 and 511"));
        }
        return List.copyOf(f);
    }

    /** Addresses compare without whitespace and separators (the waybill may join the parts with spaces or commas). */
    static String normalAddress(String address) {
        return address == null ? null : address.replaceAll("[\\s,，、]", "");
    }

    private static String linesMismatch(List<CebLine> order, List<CebLine> list) {
        if (order.size() != list.size()) {
            return "the order has " + order.size() + " lines, the list " + list.size();
        }
        for (int i = 0; i < order.size(); i++) {
            if (!order.get(i).sameGoodsAs(list.get(i))) {
                return "line " + (i + 1) + " differs: order " + describe(order.get(i)) + ", list " + describe(list.get(i));
            }
        }
        return null;
    }

    private static String describe(CebLine l) {
        return "[gnum=" + l.gnum() + " itemNo=" + l.itemNo() + " qty=" + l.qty() + " price=" + l.price()
                + " totalPrice=" + l.totalPrice() + "]";
    }

    private static boolean allEqual(String first, String... others) {
        if (first == null) return false;
        for (String o : others) if (!Objects.equals(first, o)) return false;
        return true;
    }
}
