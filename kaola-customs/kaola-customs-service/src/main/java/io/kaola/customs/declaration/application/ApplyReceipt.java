package io.kaola.customs.declaration.application;

import io.kaola.common.state.Step;
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
import java.util.Optional;

/**
 * Applies one receipt of the single window (cross-border.md §4.5): once, and never one older (by returnTime) than
 * the last applied to the same message, nor one answering a superseded message. In one transaction (the declaration
 * locked): records the receipt, the document's state and the declaration's move; after the commit it publishes the
 * receipt's milestones ({@link ReceiptRules#milestonesOf}) and advances the declaration (the list once the three are
 * accepted). A redelivered receipt that was applied publishes its milestones again, so a publish lost after the commit
 * is made good by the broker's retry (consumers dedupe by key).
 */
@Service
public class ApplyReceipt {
    private static final Logger log = LoggerFactory.getLogger(ApplyReceipt.class);

    private final DeclarationRepository repository;
    private final CustomsStatusPublisher publisher;
    private final AdvanceDeclaration advance;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ApplyReceipt(DeclarationRepository repository, CustomsStatusPublisher publisher, AdvanceDeclaration advance,
                        TransactionTemplate tx, Clock clock) {
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
        Applied applied = tx.execute(s -> decide(r));
        if (applied == null) return ReceiptOutcome.UNKNOWN_DOCUMENT;
        if (applied.publishes) {
            RejectionKind kind = ReceiptRules.isRejection(r.returnStatus())
                    ? ReceiptRules.kindOf(r.returnStatus(), r.returnInfo()) : null;
            for (CustomsMilestone m : ReceiptRules.milestonesOf(r.document(), r.returnStatus())) {
                publisher.publish(new CustomsStatusChanged(r.orderNo(), applied.buyerId, m,
                        m == CustomsMilestone.REJECTED ? kind : null, r.returnStatus(), r.returnInfo(), r.returnTime()));
            }
        }
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
        if (seen.isPresent()) return new Applied(d.buyerId(), seen.get().outcome(), seen.get().publishes());

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
        return new Applied(d.buyerId(), outcome, publishes);
    }

    /** @return true when the receipt's milestones are to be published (it did not contradict the declaration) */
    private boolean move(Declaration d, CustomsReceiptReceived r) {
        Optional<DeclarationTransition> transition = ReceiptRules.transitionOf(r.document(), r.returnStatus(),
                r.returnInfo());
        if (transition.isEmpty()) return !ReceiptRules.milestonesOf(r.document(), r.returnStatus()).isEmpty();
        Step<DeclarationStatus> step = transition.get().decide(d.status());
        if (step.refused()) {
            log.warn("receipt {} of order {} ignored for the declaration: {}", r.returnStatus(), r.orderNo(), step.reason());
            return false;
        }
        if (step.moves()) {
            String code = null;
            String detail = null;
            if (ReceiptRules.isRejection(r.returnStatus())) {
                code = ReceiptRules.errorOf(ReceiptRules.kindOf(r.returnStatus(), r.returnInfo())).code();
                detail = r.document().messageType() + " rejected " + r.returnStatus() + " " + r.returnInfo();
            } else if (step.to() == DeclarationStatus.DETAINED) {
                code = io.kaola.customs.api.CustomsError.DETAINED.code();
                detail = "CEB621 " + r.returnStatus() + " " + r.returnInfo();
            }
            repository.move(d.orderNo(), step.from(), step.to(), code, detail, clock.instant());
        }
        return true;
    }

    private record Applied(long buyerId, ReceiptOutcome outcome, boolean publishes) {}
}
