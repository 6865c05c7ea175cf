package io.kaola.customs.api;

import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.ErrorKind;

/**
 * Stable codes of kaola-customs ({@code CUSTOMS_<NAME>}), listed in docs/errors.md. The check codes are the
 * exception a declaration is held in (ops see them on {@code GET /api/admin/declarations}), never a silent send.
 */
public enum CustomsError implements ErrorCode {
    /** A SKU of the order has no HS code (gcode): the inventory list cannot be built. Ops set it, then re-send. */
    HS_CODE_MISSING(ErrorKind.CONFLICT, "HS code missing"),
    /** §4.4: orderNo differs between the order, payment, waybill or list. */
    ORDER_NO_MISMATCH(ErrorKind.CONFLICT, "Order number differs between the documents"),
    /** §4.4: ebpCode differs between the documents. */
    EBP_CODE_MISMATCH(ErrorKind.CONFLICT, "Platform code differs between the documents"),
    /** §4.4: payTransactionId differs between the order (311) and the payment (411). */
    PAY_TRANSACTION_MISMATCH(ErrorKind.CONFLICT, "Payment transaction differs between order and payment"),
    /** §4.4: acturalPaid (311) is not amountPaid (411). */
    AMOUNT_PAID_MISMATCH(ErrorKind.CONFLICT, "Amount paid differs between order and payment"),
    /** §4.4: the buyer's name differs between order, list and the payment's payer. */
    BUYER_NAME_MISMATCH(ErrorKind.CONFLICT, "Buyer name differs between the documents"),
    /** §4.4: the buyer's identity number differs between order, list and the payment's payer. */
    BUYER_ID_MISMATCH(ErrorKind.CONFLICT, "Buyer identity number differs between the documents"),
    /** §4.4: the list's lines are not the order's lines (customs would answer [Code:1322]). */
    LINES_MISMATCH(ErrorKind.CONFLICT, "Inventory list lines differ from the order lines"),
    /** §4.4: consignee name, phone or address differs between the order (311) and the waybill (511). */
    CONSIGNEE_MISMATCH(ErrorKind.CONFLICT, "Consignee differs between order and waybill"),
    /** §4.4: logisticsNo differs between the waybill (511) and the list (621). */
    LOGISTICS_NO_MISMATCH(ErrorKind.CONFLICT, "Waybill number differs between waybill and list"),
    /** A built message does not validate against our CEB schema (a bug or bad data; nothing was sent). */
    MESSAGE_INVALID(ErrorKind.CONFLICT, "Declaration message does not match the schema"),
    /** Customs or the single window rejected a document for its data (fix and re-send). */
    REJECTED_DATA(ErrorKind.CONFLICT, "Declaration rejected for its data"),
    /** Customs rejected the list for the buyer's annual quota: the order is cancelled. */
    REJECTED_QUOTA(ErrorKind.CONFLICT, "Declaration rejected: annual quota exceeded"),
    /** Customs rejected the buyer's or payer's identity: the order is cancelled. */
    REJECTED_IDENTITY(ErrorKind.CONFLICT, "Declaration rejected: identity"),
    /** Customs detained the goods (returnStatus 501-599). */
    DETAINED(ErrorKind.CONFLICT, "Goods detained by customs"),
    /** No declaration exists for the order (not paid yet, or no input arrived). */
    DECLARATION_NOT_FOUND(ErrorKind.NOT_FOUND, "Declaration not found"),
    /** The declaration's status does not allow the move (e.g. re-sending a released declaration). */
    ILLEGAL_TRANSITION(ErrorKind.CONFLICT, "Not allowed in the declaration's status"),
    /** The customs sandbox (simulated single window) is off: kaola-customs runs without the sandbox profile. */
    SANDBOX_DISABLED(ErrorKind.UNAVAILABLE, "Customs sandbox is not running"),
    /** A sandbox script is malformed (unknown document or action, bad delay). */
    INVALID_SCRIPT(ErrorKind.INVALID, "Invalid sandbox script"),
    /** A cancellation of a list customs released: the goods ship; a return (after delivery) is the way. */
    ALREADY_RELEASED(ErrorKind.CONFLICT, "Customs released the list already"),
    /** A return (CEB625) of an order whose list customs has not released (or that was never declared): nothing to
     *  return against. */
    NOT_RELEASED(ErrorKind.CONFLICT, "Customs has not released the list"),
    /** A return's lines do not fit the released list: a SKU not on it, a quantity below 1, or more units than were
     *  declared, counting every return of the order customs did not refuse. Nothing was recorded. */
    INVALID_RETURN(ErrorKind.INVALID, "Return does not match the declared list");

    private final ErrorKind kind;
    private final String title;

    CustomsError(ErrorKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override public String prefix() { return "CUSTOMS"; }
    @Override public ErrorKind kind() { return kind; }
    @Override public String title() { return title; }
}
