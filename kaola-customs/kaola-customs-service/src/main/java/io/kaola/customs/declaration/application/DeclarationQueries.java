package io.kaola.customs.declaration.application;

import io.kaola.common.page.Page;
import io.kaola.common.page.PageRequest;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.DeclarationSummary;
import io.kaola.customs.api.DeclarationView;
import io.kaola.customs.api.DocumentView;
import io.kaola.customs.api.ReceiptView;
import io.kaola.customs.declaration.domain.Declaration;
import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.DocumentRecord;
import io.kaola.customs.declaration.domain.IdentityMask;
import io.kaola.customs.declaration.domain.OrderFacts;
import io.kaola.customs.declaration.domain.StoredReceipt;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Ops reads: declarations by status (exceptions first) and one order's documents and receipts, identity masked. */
@Service
public class DeclarationQueries {
    private final DeclarationRepository repository;

    public DeclarationQueries(DeclarationRepository repository) { this.repository = repository; }

    /** @param status null: all, exception statuses first */
    public Page<DeclarationSummary> list(DeclarationStatus status, PageRequest page) {
        List<DeclarationSummary> items = repository.list(status, page.size(), page.offset()).stream()
                .map(DeclarationQueries::summary).toList();
        return new Page<>(items, page.page(), page.size(), repository.count(status));
    }

    /** @throws io.kaola.common.error.KaolaException CUSTOMS_DECLARATION_NOT_FOUND */
    public DeclarationView get(String orderNo) {
        Declaration d = repository.find(orderNo).orElseThrow(() -> CustomsError.DECLARATION_NOT_FOUND.exception(
                "no declaration for order " + orderNo + " (not paid yet, or no input arrived)"));
        Optional<OrderFacts> facts = repository.orderFacts(orderNo);
        List<StoredReceipt> receipts = repository.receipts(orderNo);
        List<DocumentView> documents = repository.documents(orderNo).stream()
                .map(doc -> view(doc, receipts)).toList();
        return new DeclarationView(d.orderNo(), d.buyerId(), d.status(), d.exceptionCode(), d.exceptionDetail(),
                d.hasOrder(), d.hasPayment(), d.hasWaybill(), facts.map(OrderFacts::buyerName).orElse(null),
                facts.map(f -> IdentityMask.mask(f.buyerIdNumber())).orElse(null), d.createdAt(), d.updatedAt(),
                documents);
    }

    private DocumentView view(DocumentRecord doc, List<StoredReceipt> receipts) {
        List<ReceiptView> mine = receipts.stream().filter(r -> r.document() == doc.document())
                .map(r -> new ReceiptView(r.guid(), r.returnStatus(), r.returnInfo(), r.returnTime(), r.receivedAt(),
                        r.outcome().name(), IdentityMask.maskAll(r.rawMessage())))
                .toList();
        String masked = repository.maskedMessage(doc.orderNo(), doc.document()).orElse(null);
        return new DocumentView(doc.document(), doc.document().messageType(), doc.guid(), doc.appType(),
                doc.state().name(), doc.attempts(), doc.lastReturnStatus(), doc.lastReturnInfo(), doc.lastReturnTime(),
                doc.sentAt(), masked, mine);
    }

    static DeclarationSummary summary(Declaration d) {
        return new DeclarationSummary(d.orderNo(), d.buyerId(), d.status(), d.status().isException(),
                d.exceptionCode(), d.exceptionDetail(), d.updatedAt());
    }
}
