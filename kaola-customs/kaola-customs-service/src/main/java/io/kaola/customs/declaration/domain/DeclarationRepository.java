package io.kaola.customs.declaration.domain;

import io.kaola.common.crypto.IdentityCipher;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.DeclarationStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Declarations, their facts, documents and receipts. Identity numbers are encrypted by the implementation
 * ({@link IdentityCipher}); full messages are stored encrypted with a masked copy for ops.
 */
public interface DeclarationRepository {

    /** Creates the declaration COLLECTING unless it exists (the first input of any kind does). */
    void createIfAbsent(String orderNo, long buyerId, Instant at);

    /**
     * Creates the declaration CANCELLED (buyer 0: unknown) unless it exists: an order cancelled before any input of
     * its declaration arrived; later inputs find it and start nothing.
     *
     * @return true when this call created it
     */
    boolean createCancelled(String orderNo, String detail, Instant at);

    /** @return the declaration, locked for update until the transaction ends; empty when none exists */
    Optional<Declaration> lock(String orderNo);

    /** @return the declaration, unlocked */
    Optional<Declaration> find(String orderNo);

    /**
     * Guarded by the status it leaves.
     *
     * @return true when the declaration was still {@code from}
     */
    boolean move(String orderNo, DeclarationStatus from, DeclarationStatus to, String exceptionCode,
                 String exceptionDetail, Instant at);

    void saveOrderFacts(OrderFacts facts, Instant at);

    void savePaymentFacts(PaymentFacts facts, Instant at);

    void saveWaybillFacts(WaybillFacts facts, Instant at);

    Optional<OrderFacts> orderFacts(String orderNo);

    Optional<PaymentFacts> paymentFacts(String orderNo);

    Optional<WaybillFacts> waybillFacts(String orderNo);

    /** @return the order's documents, in the order ORDER, PAYMENT, WAYBILL, INVENTORY, CANCELLATION */
    List<DocumentRecord> documents(String orderNo);

    Optional<DocumentRecord> document(String orderNo, CustomsDocument document);

    /**
     * Stores a newly built message of a document (state BUILT, attempts + 1, last receipt cleared).
     *
     * @param fullXml   the signed message (encrypted at rest)
     * @param maskedXml the same with identity numbers masked (the ops view)
     */
    void saveBuilt(String orderNo, CustomsDocument document, String guid, int appType, String fullXml,
                   String maskedXml, Instant at);

    /** @return the full message of a BUILT or SENT document, decrypted */
    Optional<String> message(String orderNo, CustomsDocument document, String guid);

    /** @return the latest message of a document with identity numbers masked (the ops view) */
    Optional<String> maskedMessage(String orderNo, CustomsDocument document);

    /**
     * BUILT → SENDING (or a SENDING claim older than {@code staleBefore}, whose sender died), guarded by the guid:
     * exactly one sender wins.
     *
     * @return true when this caller may send the message
     */
    boolean claim(String orderNo, CustomsDocument document, String guid, Instant at, Instant staleBefore);

    /** SENDING → SENT, guarded by the guid (a re-send since then is not marked). */
    void markSent(String orderNo, CustomsDocument document, String guid, Instant at);

    /**
     * BUILT (or a SENDING claim older than {@code staleBefore}) → DROPPED, guarded by the guid: a message of a
     * cancelled declaration that was never handed over is never sent.
     *
     * @return true when it was dropped
     */
    boolean drop(String orderNo, CustomsDocument document, String guid, Instant staleBefore);

    /** SENDING → BUILT after a failed send, so that it is sent again. */
    void unclaim(String orderNo, CustomsDocument document, String guid);

    /** @return documents still BUILT or SENDING since before {@code before} (for the relay) */
    List<DocumentRecord> builtBefore(Instant before, int limit);

    /** Records the receipt as the document's state. */
    void applyReceipt(String orderNo, CustomsDocument document, int returnStatus, String returnInfo, Instant returnTime);

    /**
     * Records a received receipt once.
     *
     * @return false when the same receipt (order, document, guid, status, returnTime) was recorded before
     */
    boolean insertReceipt(StoredReceipt receipt);

    /** @return the receipt recorded under the same identity, if any */
    Optional<StoredReceipt> findReceipt(String orderNo, CustomsDocument document, String guid, int returnStatus,
                                        Instant returnTime);

    /** @return every receipt of the order, oldest returnTime first */
    List<StoredReceipt> receipts(String orderNo);

    /**
     * @param status only this status; null: all, exception statuses first, then newest change first
     */
    List<Declaration> list(DeclarationStatus status, int limit, long offset);

    long count(DeclarationStatus status);
}
