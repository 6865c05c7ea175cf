package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.math.BigDecimal;
import java.util.List;

/**
 * CEB411 支付单: PaymentHead (cross-border.md §4.3b), declared on behalf of the payment company; the payer is the
 * buyer. {@link #toString()} masks the identity number.
 */
public record CebPayment(String payCode, String payName, String payTransactionId, String orderNo, String ebpCode,
                         String ebpName, String payerIdNumber, String payerName, String telephone,
                         BigDecimal amountPaid, String payTime) implements CebMessage {

    @Override public CustomsDocument document() { return CustomsDocument.PAYMENT; }
    @Override public String bodyElement() { return "Payment"; }
    @Override public String headElement() { return "PaymentHead"; }
    @Override public String lineElement() { return null; }

    @Override
    public List<CebField> headFields(Envelope envelope) {
        return envelope.head().add("payCode", payCode).add("payName", payName)
                .add("payTransactionId", payTransactionId).add("orderNo", orderNo).add("ebpCode", ebpCode)
                .add("ebpName", ebpName).add("payerIdType", CebOrder.ID_CARD).add("payerIdNumber", payerIdNumber)
                .add("payerName", payerName).add("telephone", telephone).add("amountPaid", amountPaid)
                .add("currency", CebOrder.CNY).add("payTime", payTime).list();
    }

    @Override public List<List<CebField>> lineFields() { return List.of(); }

    @Override public String toString() {
        return "CebPayment[orderNo=" + orderNo + ", payerIdNumber=" + IdentityMask.mask(payerIdNumber) + "]";
    }
}
