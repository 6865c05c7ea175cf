package io.kaola.customs.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One order's declarations with every receipt, for ops. Identity numbers appear masked only.
 *
 * @param orderNo         the order
 * @param buyerId         its buyer
 * @param status          where clearance is
 * @param exceptionCode   the exception's stable code; null without one
 * @param exceptionDetail what happened
 * @param hasOrder        the paid order was collected
 * @param hasPayment      the payment was collected
 * @param hasWaybill      the waybill was collected
 * @param buyerName       the buyer's real name (订购人)
 * @param buyerIdMasked   the buyer's identity number, masked (first 4, 10 '*', last 4)
 * @param createdAt       first input
 * @param updatedAt       last change
 * @param documents       the messages built so far, in the order ORDER, PAYMENT, WAYBILL, INVENTORY, CANCELLATION
 */
public record DeclarationView(String orderNo, long buyerId, DeclarationStatus status, String exceptionCode,
                              String exceptionDetail, boolean hasOrder, boolean hasPayment, boolean hasWaybill,
                              String buyerName, String buyerIdMasked, Instant createdAt, Instant updatedAt,
                              List<DocumentView> documents) implements Serializable {
    public DeclarationView {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
