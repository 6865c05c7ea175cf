package io.kaola.customs.declaration.application;

import io.kaola.common.state.Step;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsReceiptReceived;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.declaration.domain.Declaration;
import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.ReceiptOutcome;
import io.kaola.customs.declaration.domain.ReturnDeclaration;
import io.kaola.customs.declaration.domain.ReturnDeclarationStatus;
import io.kaola.customs.declaration.domain.ReturnRepository;
import io.kaola.customs.declaration.domain.ReturnRules;
import io.kaola.customs.declaration.domain.ReturnTransition;
import io.kaola.customs.declaration.domain.StoredReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Optional;

/**
 * Applies one receipt of a return's CEB625 (a CEB626, docs/customs.md "Returns (CEB625)"), as {@link ApplyReceipt}
 * does for the declaration's documents: once (recorded in declaration_receipt under order, RETURN, guid, status,
 * returnTime), never one older than the last applied, in one transaction with the declaration row locked; the return
 * is found by the guid of its message. 2/120: recorded, nothing moves; 800/899 SENT → ACCEPTED, RETURN_ACCEPTED
 * published; 100 or negative SENT → REFUSED, RETURN_REFUSED published — after the commit, synchronously (a failure
 * throws: the receipt is redelivered, recognised and publishes again). A receipt contradicting the decision (100 after
 * ACCEPTED, 800 after REFUSED) is recorded and changes nothing. The declaration itself stays RELEASED.
 */
@Service
public class ApplyReturnReceipt {
    private static final Logger log = LoggerFactory.getLogger(ApplyReturnReceipt.class);

    private final DeclarationRepository declarations;
    private final ReturnRepository returns;
    private final CustomsStatusPublisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ApplyReturnReceipt(DeclarationRepository declarations, ReturnRepository returns,
                              CustomsStatusPublisher publisher, TransactionTemplate tx, Clock clock) {
        this.declarations = declarations;
        this.returns = returns;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param r a receipt of document RETURN
     * @return what applying it did (a duplicate answers as the first delivery did)
     * @throws IllegalStateException when publishing failed (the message is redelivered and publishes again)
     */
    public ReceiptOutcome apply(CustomsReceiptReceived r) {
        Applied applied = tx.execute(s -> decide(r));
        if (applied == null) return ReceiptOutcome.UNKNOWN_DOCUMENT;
        if (applied.event != null) publisher.publish(applied.event);
        return applied.outcome;
    }

    private Applied decide(CustomsReceiptReceived r) {
        Optional<Declaration> locked = declarations.lock(r.orderNo());
        if (locked.isEmpty()) {
            log.warn("return receipt for unknown order {} ({}): ignored", r.orderNo(), r.returnStatus());
            return null;
        }
        long buyerId = locked.get().buyerId();
        Optional<ReturnDeclaration> ret = returns.findByGuid(r.guid()).filter(x -> x.orderNo().equals(r.orderNo()));
        Optional<StoredReceipt> seen = declarations.findReceipt(r.orderNo(), CustomsDocument.RETURN, r.guid(),
                r.returnStatus(), r.returnTime());
        if (seen.isPresent()) {
            return new Applied(seen.get().outcome(),
                    seen.get().publishes() && ret.isPresent() ? event(ret.get(), buyerId, r) : null);
        }
        ReceiptOutcome outcome = ret.map(x -> x.judge(r.returnTime())).orElse(ReceiptOutcome.UNKNOWN_DOCUMENT);
        boolean publishes = false;
        if (outcome == ReceiptOutcome.APPLIED) {
            ReturnDeclaration x = ret.get();
            Optional<ReturnTransition> t = ReturnRules.transitionOf(r.returnStatus());
            Step<ReturnDeclarationStatus> step = t.map(tr -> tr.decide(x.status())).orElse(null);
            if (step != null && step.refused()) {
                log.warn("CEB626 {} of return {} ignored: {}", r.returnStatus(), x.returnId(), step.reason());
            } else {
                returns.applyReceipt(x.returnId(), r.returnStatus(), r.returnInfo(), r.returnTime());
                if (step != null && step.moves()) returns.move(x.returnId(), step.from(), step.to(), clock.instant());
                publishes = step != null;
            }
        }
        declarations.insertReceipt(new StoredReceipt(r.orderNo(), CustomsDocument.RETURN, r.guid(), r.returnStatus(),
                r.returnInfo(), r.returnTime(), clock.instant(), outcome, publishes, r.rawMessage()));
        log.info("receipt CEB626 {} of order {} return {}: {}", r.returnStatus(), r.orderNo(),
                ret.map(ReturnDeclaration::returnId).orElse("?"), outcome);
        return new Applied(outcome, publishes ? event(ret.get(), buyerId, r) : null);
    }

    /** @return the event a deciding receipt publishes (the same on a redelivery), null for 2/120 */
    private static CustomsStatusChanged event(ReturnDeclaration ret, long buyerId, CustomsReceiptReceived r) {
        Optional<CustomsMilestone> m = ReturnRules.transitionOf(r.returnStatus())
                .flatMap(t -> ReturnRules.milestoneOf(t.target()));
        return m.map(milestone -> new CustomsStatusChanged(r.orderNo(), buyerId, milestone, null, r.returnStatus(),
                r.returnInfo(), r.returnTime(), ret.returnId())).orElse(null);
    }

    private record Applied(ReceiptOutcome outcome, CustomsStatusChanged event) {}
}
