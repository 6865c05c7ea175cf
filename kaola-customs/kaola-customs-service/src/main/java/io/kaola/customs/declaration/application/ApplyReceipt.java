package io.kaola.customs.declaration.application;

import io.kaola.common.state.Step;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsReceiptReceived;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.api.RejectionKind;
import io.kaola.customs.declaration.domain.Declaration;
import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.DeclarationTransition;
import io.kaola.customs.declaration.domain.DocumentRecord;
import io.kaola.customs.declaration.domain.ReceiptOutcome;
import io.kaola.customs.declaration.domain.ReceiptRules;
import io.kaola.customs.declaration.domain.StoredReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies one receipt of the single window (cross-border.md §4.5): once, and never one older (by returnTime) than
 * the last applied to the same message, nor one answering a superseded message. In one transaction (the declaration
 * locked): records the receipt, the document's state and the declaration's move; after the commit it publishes the
 * receipt's milestones ({@link ReceiptRules#milestonesOf}) and advances the declaration (the list once the three are
 * accepted). A redelivered receipt that was applied publishes its milestones again, so a publish lost after the commit
 * is made good by the broker's retry (consumers dedupe by key).
 * <p>
 * The CEB624 (answer to a CEB623): 800/899 CANCELLING → CANCELLED and publishes CANCELLED; 100 or a negative code
 * CANCELLING → LIST_SENT and the list's last applied receipt is applied again (the list's receipts that came while
 * CANCELLING were recorded on the list but moved nothing), publishing that receipt's milestones and then
 * CANCEL_REFUSED. A 621 receipt for a CANCELLING or CANCELLED declaration is recorded and changes nothing, except a
 * release (800/899) while CANCELLING: customs released before it processed the 623, the release wins.
 * <p>
 * A CEB626 (answer to a return's CEB625) is applied by {@link ApplyReturnReceipt}.
 */
@Service
public class ApplyReceipt {
    private static final Logger log = LoggerFactory.getLogger(ApplyReceipt.class);

    private final DeclarationRepository repository;
    private final CustomsStatusPublisher publisher;
    private final AdvanceDeclaration advance;
    private final ApplyReturnReceipt returns;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ApplyReceipt(DeclarationRepository repository, CustomsStatusPublisher publisher, AdvanceDeclaration advance,
                        ApplyReturnReceipt returns, TransactionTemplate tx, Clock clock) {
        this.returns = returns;
        this.repository = repository;
        this.publisher = publisher;
        this.advance = advance;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @return what applying it did (a duplicate answers as the first delivery did)
     * @throws IllegalStateException when publishing failed (the message is redelivered and publishes again)
     */
    public ReceiptOutcome apply(CustomsReceiptReceived r) {
        if (r.document() == CustomsDocument.RETURN) return returns.apply(r);   // a return's CEB626
        Applied applied = tx.execute(s -> decide(r));
        if (applied == null) return ReceiptOutcome.UNKNOWN_DOCUMENT;
        for (CustomsStatusChanged event : applied.events) publisher.publish(event);
        if (applied.outcome == ReceiptOutcome.APPLIED) advance.advance(r.orderNo());
        return applied.outcome;
    }

    private Applied decide(CustomsReceiptReceived r) {
        Optional<Declaration> locked = repository.lock(r.orderNo());
        if (locked.isEmpty()) {
            log.warn("receipt for unknown order {} ({} {}): ignored", r.orderNo(), r.document(), r.returnStatus());
            return null;
        }
        Declaration d = locked.get();
        Optional<StoredReceipt> seen = repository.findReceipt(r.orderNo(), r.document(), r.guid(), r.returnStatus(),
                r.returnTime());
        if (seen.isPresent()) {
            return new Applied(seen.get().outcome(), seen.get().publishes() ? events(d.buyerId(), r) : List.of());
        }

        Optional<DocumentRecord> doc = repository.document(r.orderNo(), r.document());
        ReceiptOutcome outcome = doc.map(x -> x.judge(r.guid(), r.returnTime())).orElse(ReceiptOutcome.UNKNOWN_DOCUMENT);
        boolean publishes = false;
        if (outcome == ReceiptOutcome.APPLIED) {
            repository.applyReceipt(r.orderNo(), r.document(), r.returnStatus(), r.returnInfo(), r.returnTime());
            publishes = move(d, r);
        }
        repository.insertReceipt(new StoredReceipt(r.orderNo(), r.document(), r.guid(), r.returnStatus(),
                r.returnInfo(), r.returnTime(), clock.instant(), outcome, publishes, r.rawMessage()));
        log.info("receipt {} {} of order {}: {} ({})", r.document().receiptType(), r.returnStatus(), r.orderNo(),
                outcome, d.status());
        return new Applied(outcome, publishes ? events(d.buyerId(), r) : List.of());
    }

    /** @return true when the receipt's milestones are to be published (it did not contradict the declaration) */
    private boolean move(Declaration d, CustomsReceiptReceived r) {
        Optional<DeclarationTransition> transition = ReceiptRules.transitionOf(r.document(), r.returnStatus(),
                r.returnInfo());
        if (transition.isEmpty()) return !ReceiptRules.milestonesOf(r.document(), r.returnStatus()).isEmpty();
        Step<DeclarationStatus> step = transition.get().decide(d.status());
        if (step.refused()) {
            log.warn("receipt {} {} of order {} ignored for the declaration: {}", r.document().receiptType(),
                    r.returnStatus(), r.orderNo(), step.reason());
            return false;
        }
        if (!step.moves()) return true;
        if (transition.get() == DeclarationTransition.CANCEL_CONFIRM) {
            repository.move(d.orderNo(), step.from(), step.to(), null,
                    "CEB623 approved " + r.returnStatus() + " " + r.returnInfo(), clock.instant());
        } else if (transition.get() == DeclarationTransition.CANCEL_REFUSE) {
            repository.move(d.orderNo(), step.from(), step.to(), null,
                    "CEB623 refused " + r.returnStatus() + " " + r.returnInfo(), clock.instant());
            replayList(d.orderNo(), step.to());
        } else {
            moveBy(d.orderNo(), step, r.document(), r.returnStatus(), r.returnInfo());
        }
        return true;
    }

    /** After a refused 623: the list's last applied receipt (recorded while CANCELLING) moves the declaration on. */
    private void replayList(String orderNo, DeclarationStatus from) {
        Optional<DocumentRecord> list = repository.document(orderNo, CustomsDocument.INVENTORY);
        if (list.isEmpty() || list.get().lastReturnStatus() == null) return;
        DocumentRecord l = list.get();
        ReceiptRules.transitionOf(CustomsDocument.INVENTORY, l.lastReturnStatus(), l.lastReturnInfo())
                .map(t -> t.decide(from)).filter(Step::moves)
                .ifPresent(step -> moveBy(orderNo, step, CustomsDocument.INVENTORY, l.lastReturnStatus(), l.lastReturnInfo()));
    }

    private void moveBy(String orderNo, Step<DeclarationStatus> step, CustomsDocument document, int returnStatus,
                        String returnInfo) {
        String code = null;
        String detail = null;
        if (ReceiptRules.isRejection(returnStatus)) {
            code = ReceiptRules.errorOf(ReceiptRules.kindOf(returnStatus, returnInfo)).code();
            detail = document.messageType() + " rejected " + returnStatus + " " + returnInfo;
        } else if (step.to() == DeclarationStatus.DETAINED) {
            code = CustomsError.DETAINED.code();
            detail = "CEB621 " + returnStatus + " " + returnInfo;
        }
        repository.move(orderNo, step.from(), step.to(), code, detail, clock.instant());
    }

    /**
     * The events a receipt publishes (the same on a redelivery). A refused 623 first publishes again what the list's
     * last applied receipt means (e.g. DECLARED, which was not published while CANCELLING), then CANCEL_REFUSED.
     */
    private List<CustomsStatusChanged> events(long buyerId, CustomsReceiptReceived r) {
        List<CustomsStatusChanged> events = new ArrayList<>();
        if (r.document() == CustomsDocument.CANCELLATION && ReceiptRules.isRejection(r.returnStatus())) {
            repository.document(r.orderNo(), CustomsDocument.INVENTORY).filter(l -> l.lastReturnStatus() != null)
                    .ifPresent(l -> events.addAll(eventsOf(r.orderNo(), buyerId, CustomsDocument.INVENTORY,
                            l.lastReturnStatus(), l.lastReturnInfo(), l.lastReturnTime())));
        }
        events.addAll(eventsOf(r.orderNo(), buyerId, r.document(), r.returnStatus(), r.returnInfo(), r.returnTime()));
        return events;
    }

    private static List<CustomsStatusChanged> eventsOf(String orderNo, long buyerId, CustomsDocument document,
                                                       int returnStatus, String returnInfo, java.time.Instant at) {
        RejectionKind kind = ReceiptRules.isRejection(returnStatus) ? ReceiptRules.kindOf(returnStatus, returnInfo) : null;
        return ReceiptRules.milestonesOf(document, returnStatus).stream()
                .map(m -> new CustomsStatusChanged(orderNo, buyerId, m, m == CustomsMilestone.REJECTED ? kind : null,
                        returnStatus, returnInfo, at))
                .toList();
    }

    private record Applied(ReceiptOutcome outcome, List<CustomsStatusChanged> events) {}
}
