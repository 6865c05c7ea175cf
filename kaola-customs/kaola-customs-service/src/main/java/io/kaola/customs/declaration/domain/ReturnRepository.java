package io.kaola.customs.declaration.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Return declarations (CEB625), one per kaola-order return id; their receipts are recorded with the declaration's
 * ({@link DeclarationRepository#insertReceipt}, document RETURN). Full messages are stored encrypted with a masked
 * copy, as for the declaration's documents. Callers hold the declaration's row lock
 * ({@link DeclarationRepository#lock}) while deciding, so the returns of one order are decided one at a time.
 */
public interface ReturnRepository {

    /** @return the return, empty when none was declared under this id */
    Optional<ReturnDeclaration> find(String returnId);

    /** @return the return whose CEB625 has this guid (its receipts carry it) */
    Optional<ReturnDeclaration> findByGuid(String guid);

    /** @return every return of the order, oldest first */
    List<ReturnDeclaration> ofOrder(String orderNo);

    /**
     * Stores a new return SENT with its message BUILT (to be handed over after the commit).
     *
     * @param fullXml   the signed CEB625 (encrypted at rest)
     * @param maskedXml the same, identity numbers masked
     */
    void create(ReturnDeclaration declaration, String fullXml, String maskedXml);

    /** @return the full CEB625 of a return, decrypted */
    Optional<String> message(String returnId);

    /** BUILT (or a SENDING claim older than {@code staleBefore}) → SENDING: exactly one sender wins. */
    boolean claim(String returnId, Instant at, Instant staleBefore);

    /** SENDING → SENT. */
    void markSent(String returnId, Instant at);

    /** SENDING → BUILT after a failed send, so that it is sent again. */
    void unclaim(String returnId);

    /** @return returns whose message is still BUILT or SENDING since before {@code before} (for the relay) */
    List<ReturnDeclaration> builtBefore(Instant before, int limit);

    /** Records an applied receipt as the return's last. */
    void applyReceipt(String returnId, int returnStatus, String returnInfo, Instant returnTime);

    /**
     * Guarded by the status it leaves; sets decidedAt.
     *
     * @return true when the return was still {@code from}
     */
    boolean move(String returnId, ReturnDeclarationStatus from, ReturnDeclarationStatus to, Instant at);
}
