package io.kaola.customs.declaration.domain;

import io.kaola.customs.api.CustomsDocument;

import java.util.List;

/**
 * One unified customs message's content (cross-border.md §4.3b), independent of its envelope: the XML writer puts it
 * in {@code <ceb:CEBxxxMessage guid version="1.0">} + body element + head (+ lines) + BaseTransfer.
 */
public sealed interface CebMessage permits CebOrder, CebPayment, CebWaybill, CebInventory, CebCancellation,
        CebReturn {
    /** @return which document this is */
    CustomsDocument document();

    /** @return the order declared */
    String orderNo();

    /** @return the body element, e.g. {@code Order} */
    String bodyElement();

    /** @return the head element, e.g. {@code OrderHead}; null when the fields sit directly in the body (CEB623) */
    String headElement();

    /** @return the line element, e.g. {@code OrderList}; null for messages without lines */
    String lineElement();

    /** @return the head's fields in schema order */
    List<CebField> headFields(Envelope envelope);

    /** @return each line's fields in schema order (empty without lines) */
    List<List<CebField>> lineFields();
}
