package io.kaola.customs.api;

import io.kaola.common.error.KaolaException;
import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.common.rpc.CallableBy;

/** Ops view of customs declarations (docs/customs.md). Gateway only: it shows buyers' names. */
@CallableBy("kaola-gateway")
public interface DeclarationAdminService {

    /**
     * @param status only this status; null: every status, exception statuses first, then by last change (newest first)
     * @return a page of declarations
     */
    Page<DeclarationSummary> listDeclarations(DeclarationStatus status, PageRequest page);

    /**
     * @return the order's declaration with every document, its raw message (identity masked) and every receipt
     * @throws KaolaException CUSTOMS_DECLARATION_NOT_FOUND
     */
    DeclarationView getDeclaration(String orderNo) throws KaolaException;

    /**
     * Re-sends after a fix (cross-border.md §4.6): reads the order, SKUs and buyer again, re-runs the
     * three-document check and sends every document not accepted yet (as a change, appType 2, when it was sent
     * before); the list follows once the three are accepted.
     *
     * @return the declaration after the re-send (CHECK_FAILED again when the data is still wrong)
     * @throws KaolaException CUSTOMS_DECLARATION_NOT_FOUND; CUSTOMS_ILLEGAL_TRANSITION unless CHECK_FAILED or
     *         DATA_REJECTED; COMMON_SERVICE_UNAVAILABLE (kaola-order, -product or -user unreachable)
     */
    DeclarationView resend(String orderNo) throws KaolaException;
}
