package io.kaola.customs.declaration.application;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import io.kaola.common.state.Step;
import io.kaola.customs.api.CancellationResult;
import io.kaola.customs.api.CancellationStatus;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.DeclarationStatus;
import io.kaola.customs.declaration.domain.CebCancellation;
import io.kaola.customs.declaration.domain.Declaration;
import io.kaola.customs.declaration.domain.DeclarationBuilder;
import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.DeclarationTransition;
import io.kaola.customs.declaration.domain.DocumentRecord;
import io.kaola.customs.declaration.domain.OrderFacts;
import io.kaola.customs.declaration.domain.ReceiptRules;
import io.kaola.customs.declaration.domain.StoredReceipt;
import io.kaola.customs.declaration.domain.WaybillFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * kaola-order cancels an order's declaration before release (docs/customs.md "Cancellation (CEB623)"). Under the
 * declaration's row lock the table decides ({@link DeclarationTransition#cancelOf} picks the move):
 * <ul>
 *   <li>CANCEL — no declaration (a CANCELLED tombstone is created: later inputs start nothing), COLLECTING,
 *       CHECK_FAILED, DOCUMENTS_SENT, DATA_REJECTED, or LIST_SENT whose 621 was never handed over: CANCELLED at once,
 *       nothing more is sent; REJECTED_ORDER_CANCELLED stays (nothing to cancel) and answers CANCELLED;</li>
 *   <li>REQUEST_CANCEL — LIST_SENT (621 handed over), DECLARED, INSPECTION, DETAINED: builds, signs, validates and
 *       stores the CEB623 (BUILT) → CANCELLING; sent after the commit like the other documents;</li>
 *   <li>RELEASED: refused, CUSTOMS_ALREADY_RELEASED.</li>
 * </ul>
 * Every CANCELLED answer publishes CANCELLED (key {@code orderNo:CANCELLED}) after the commit, synchronously; a
 * repeat answers the current state and publishes CANCELLED again when it is CANCELLED (consumers dedupe by key).
 */
@Service
public class CancelDeclaration {
    private static final Logger log = LoggerFactory.getLogger(CancelDeclaration.class);
    /** returnStatus of a CANCELLED kaola-customs decided itself (no receipt of customs). */
    static final int NO_RECEIPT = 0;

    private final DeclarationRepository repository;
    private final DeclarationBuilder builder;
    private final AdvanceDeclaration advance;
    private final CustomsStatusPublisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CancelDeclaration(DeclarationRepository repository, DeclarationBuilder builder, AdvanceDeclaration advance,
                             CustomsStatusPublisher publisher, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.builder = builder;
        this.advance = advance;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * @param orderNo the order (1..64 characters)
     * @param reason  1..255 characters, the 623's reason
     * @return CANCELLED or CANCELLING
     * @throws KaolaException CUSTOMS_ALREADY_RELEASED; COMMON_INVALID_REQUEST; COMMON_SERVICE_UNAVAILABLE when
     *         CANCELLED is recorded but could not be published (call again: it publishes again);
     *         CUSTOMS_MESSAGE_INVALID when the 623 does not validate (a bug: nothing stored)
     */
    public CancellationResult cancel(String orderNo, String reason) {
        if (orderNo == null || orderNo.isBlank() || orderNo.length() > 64) {
            throw CommonError.INVALID_REQUEST.exception("orderNo is required (at most 64 characters)");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 255) {
            throw CommonError.INVALID_REQUEST.exception("reason is required (1 to 255 characters)");
        }
        String why = reason.strip();
        Decided decided = Objects.requireNonNull(tx.execute(s -> decide(orderNo, why)));
        if (decided.event != null) {
            try {
                publisher.publish(decided.event);
            } catch (RuntimeException e) {
                log.warn("order {} is cancelled but CANCELLED was not published: {}", orderNo, e.toString());
                throw CommonError.SERVICE_UNAVAILABLE.exception("the cancellation of order " + orderNo
                        + " is recorded but could not be announced: call again");
            }
        }
        if (decided.result.status() == CancellationStatus.CANCELLING) {
            try {
                advance.sendBuilt(orderNo);
            } catch (RuntimeException e) {   // it stays BUILT: the relay sends it
                log.warn("CEB623 of order {} not sent yet (the relay tries again): {}", orderNo, e.toString());
            }
        }
        log.info("cancellation of order {}: {} ({})", orderNo, decided.result.status(), decided.result.detail());
        return decided.result;
    }

    private Decided decide(String orderNo, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);   // as stored: a repeat publishes the same time
        Optional<Declaration> locked = repository.lock(orderNo);
        if (locked.isEmpty()) {
            Step<DeclarationStatus> create = DeclarationTransition.CANCEL.decide(null);
            create.orThrow();
            // an input may create it at the same time: then the insert is ignored and the table decides on that one
            repository.createCancelled(orderNo, detail("cancelled before any input arrived", reason), now);
            locked = repository.lock(orderNo);
            if (locked.isEmpty()) throw new IllegalStateException("declaration of order " + orderNo + " not created");
        }
        Declaration d = locked.get();
        Optional<DocumentRecord> list = repository.document(orderNo, CustomsDocument.INVENTORY);
        boolean listHandedOver = list.isPresent() && (list.get().state() == DocumentRecord.State.SENDING
                || list.get().state() == DocumentRecord.State.SENT);
        DeclarationTransition move = DeclarationTransition.cancelOf(d.status(), listHandedOver);
        Step<DeclarationStatus> step = move.decide(d.status());
        step.orThrow();

        if (move == DeclarationTransition.REQUEST_CANCEL) {
            if (step.moves()) {
                requestCancellation(d, reason, now);
                repository.move(orderNo, step.from(), step.to(), null, detail("CEB623 sent", reason), now);
            }
            return new Decided(new CancellationResult(orderNo, CancellationStatus.CANCELLING,
                    "CEB623 sent: CANCELLED or CANCEL_REFUSED follows on customs-status-changed"), null);
        }
        String detail;
        if (step.moves()) {
            detail = detail("cancelled before the list was declared (was " + d.status() + ")", reason);
            repository.move(orderNo, step.from(), step.to(), null, detail, now);
            for (DocumentRecord doc : repository.documents(orderNo)) {   // never hand over what is left BUILT
                repository.drop(orderNo, doc.document(), doc.guid(), now.minusSeconds(3600));
            }
        } else if (d.status() == DeclarationStatus.REJECTED_ORDER_CANCELLED) {
            detail = "nothing to cancel: customs rejected the declaration (" + d.exceptionCode() + ")";
        } else {
            detail = d.exceptionDetail() == null ? "cancelled" : d.exceptionDetail();
        }
        return new Decided(new CancellationResult(orderNo, CancellationStatus.CANCELLED, detail),
                cancelled(d, detail, now));
    }

    /** Builds and stores the CEB623 (BUILT) in this transaction; sent after the commit. */
    private void requestCancellation(Declaration d, String reason, Instant now) {
        OrderFacts order = repository.orderFacts(d.orderNo()).orElseThrow(
                () -> new IllegalStateException("declared order " + d.orderNo() + " has no order facts"));
        WaybillFacts waybill = repository.waybillFacts(d.orderNo()).orElseThrow(
                () -> new IllegalStateException("declared order " + d.orderNo() + " has no waybill facts"));
        CebCancellation message = builder.cancellation(order, waybill, invtNo(d.orderNo()), reason);
        advance.store(message, repository.document(d.orderNo(), CustomsDocument.CANCELLATION), now);
    }

    /** @return customs' list number from the newest 622 receipt carrying one; null when none did */
    private String invtNo(String orderNo) {
        List<StoredReceipt> receipts = repository.receipts(orderNo);
        for (int i = receipts.size() - 1; i >= 0; i--) {
            StoredReceipt r = receipts.get(i);
            if (r.document() != CustomsDocument.INVENTORY) continue;
            String invtNo = DeclarationBuilder.invtNoOf(r.rawMessage());
            if (invtNo != null) return invtNo;
        }
        return null;
    }

    /**
     * The CANCELLED event: the 624's returnStatus/info/time when customs approved a 623, else returnStatus 0 with
     * what happened and when the declaration was cancelled.
     */
    private CustomsStatusChanged cancelled(Declaration d, String detail, Instant now) {
        Optional<DocumentRecord> c = repository.document(d.orderNo(), CustomsDocument.CANCELLATION);
        if (d.status() == DeclarationStatus.CANCELLED && c.isPresent() && c.get().lastReturnStatus() != null
                && ReceiptRules.milestonesOf(CustomsDocument.CANCELLATION, c.get().lastReturnStatus())
                        .contains(CustomsMilestone.CANCELLED)) {
            return new CustomsStatusChanged(d.orderNo(), d.buyerId(), CustomsMilestone.CANCELLED, null,
                    c.get().lastReturnStatus(), c.get().lastReturnInfo(), c.get().lastReturnTime());
        }
        Instant at = d.status() == DeclarationStatus.CANCELLED ? d.updatedAt() : now;
        return new CustomsStatusChanged(d.orderNo(), d.buyerId(), CustomsMilestone.CANCELLED, null, NO_RECEIPT,
                cut(detail), at);
    }

    private static String detail(String what, String reason) { return cut(what + ": " + reason); }

    private static String cut(String s) { return s.length() > 500 ? s.substring(0, 500) : s; }

    private record Decided(CancellationResult result, CustomsStatusChanged event) {}
}
