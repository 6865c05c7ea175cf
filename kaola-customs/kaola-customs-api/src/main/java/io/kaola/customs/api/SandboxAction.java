package io.kaola.customs.api;

/** What the customs sandbox does with the next declaration of a document of one order (ops scripting). */
public enum SandboxAction {
    /** Customs rejects (100) with {@code [Code:1313;Desc:订购人购买超过年度限额]}: the order is cancelled. */
    REJECT_QUOTA,
    /** Customs rejects (100) for the buyer's identity: the order is cancelled. */
    REJECT_IDENTITY,
    /** Customs rejects (100) with {@code [Code:1322;Desc:订单清单表体商品项不一致]}: a data rejection. */
    REJECT_LINES,
    /** The single window refuses the signature (-621049): a data rejection. */
    REJECT_SIGNATURE,
    /** Customs holds the goods at 500 (inspection) and releases nothing. */
    HOLD_INSPECTION,
    /** Every receipt of the next declaration comes {@code delay} later. */
    DELAY,
    /** The single window accepts the message and answers nothing (lost receipts). */
    MUTE,
    /** Customs refuses (100) the next return (CEB625) of the order: {@code [Code:2602;Desc:退货审核不通过]}. Only on
     *  document RETURN. */
    REJECT_RETURN
}
