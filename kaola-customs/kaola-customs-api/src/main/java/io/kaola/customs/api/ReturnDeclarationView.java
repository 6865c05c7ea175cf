package io.kaola.customs.api;

import java.io.Serializable;

/**
 * What {@link CustomsReturnService#declareReturn} left a return's declaration in.
 *
 * @param returnId the return
 * @param orderNo  its order
 * @param status   SENT (CEB625 declared; the answer follows on customs-status-changed), ACCEPTED (customs' 800/899)
 *                 or REFUSED (100 or a negative single-window code)
 * @param detail   in words, e.g. "CEB625 sent, waiting for customs" or the receipt's returnInfo; never an identity number
 */
public record ReturnDeclarationView(String returnId, String orderNo, String status, String detail)
        implements Serializable {}
