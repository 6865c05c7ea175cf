package io.kaola.customs.api;

/**
 * The declarations of one order (cross-border.md §4.2/§4.3: the three documents, the list, its cancellation and returns), with their unified-message type and the type of
 * the receipt customs answers with.
 */
public enum CustomsDocument {
    /** 电子订单, sent by the platform. */
    ORDER("CEB311", "CEB312"),
    /** 支付单, declared on behalf of the payment company. */
    PAYMENT("CEB411", "CEB412"),
    /** 运单, declared on behalf of the logistics company. */
    WAYBILL("CEB511", "CEB512"),
    /** 申报清单 (inventory list), sent by the declaring agent once the three documents are accepted. */
    INVENTORY("CEB621", "CEB622"),
    /** 撤销申请单 (cancellation of the inventory list), sent by the declaring agent to cancel a list not released. */
    CANCELLATION("CEB623", "CEB624"),
    /** 退货申请单 (return of released goods after delivery), sent by the declaring agent for one return of an order;
     *  an order may have several (each its own message, matched to its receipts by guid). */
    RETURN("CEB625", "CEB626");

    private final String messageType;
    private final String receiptType;

    CustomsDocument(String messageType, String receiptType) {
        this.messageType = messageType;
        this.receiptType = receiptType;
    }

    /** @return e.g. "CEB311" */
    public String messageType() { return messageType; }

    /** @return e.g. "CEB312" */
    public String receiptType() { return receiptType; }

    /**
     * @param messageType "CEB311", "CEB411", "CEB511", "CEB621", "CEB623" or "CEB625"
     * @return the document, or null when the type is none of them
     */
    public static CustomsDocument ofMessageType(String messageType) {
        for (CustomsDocument d : values()) if (d.messageType.equals(messageType)) return d;
        return null;
    }
}
