package io.kaola.customs.declaration.application;

import io.kaola.common.error.CommonError;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsError;
import io.kaola.customs.api.CustomsMilestone;
import io.kaola.customs.api.CustomsStatusChanged;
import io.kaola.customs.api.ReturnDeclarationView;
import io.kaola.customs.api.ReturnLine;
import io.kaola.customs.config.CustomsProperties;
import io.kaola.customs.declaration.domain.CebLine;
import io.kaola.customs.declaration.domain.CebReturn;
import io.kaola.customs.declaration.domain.Declaration;
import io.kaola.customs.declaration.domain.DeclarationBuilder;
import io.kaola.customs.declaration.domain.DeclarationRepository;
import io.kaola.customs.declaration.domain.DocumentRecord;
import io.kaola.customs.declaration.domain.Envelope;
import io.kaola.customs.declaration.domain.IdentityMask;
import io.kaola.customs.declaration.domain.OrderFacts;
import io.kaola.customs.declaration.domain.ReturnDeclaration;
import io.kaola.customs.declaration.domain.ReturnRepository;
import io.kaola.customs.declaration.domain.ReturnRules;
import io.kaola.customs.declaration.domain.ReturnTransition;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * kaola-order declares a return of delivered goods (docs/customs.md "Returns (CEB625)"). Under the declaration's row
 * lock (so the returns of one order are decided one at a time):
 * <ul>
 *   <li>a returnId declared before: its current state is the answer (the first call's lines count); when decided
 *       (ACCEPTED / REFUSED) the outcome is published again; a message still BUILT is sent;</li>
 *   <li>else the declaration must be RELEASED ({@code CUSTOMS_NOT_RELEASED}); the lines are placed on the 621's
 *       lines ({@link ReturnRules#allocate}: {@code CUSTOMS_INVALID_RETURN}, nothing written); the CEB625 is built,
 *       signed, validated and stored (return SENT, message BUILT) — {@link ReturnTransition#DECLARE};</li>
 * </ul>
 * After the commit the message is handed to the single window (BUILT → SENDING → SENT; a failed send stays BUILT and
 * {@link RelayBuiltDocuments} sends it). The declaration itself stays RELEASED. Its receipts: {@link ApplyReturnReceipt}.
 */
@Service
public class DeclareReturn {
    private static final Logger log = LoggerFactory.getLogger(DeclareReturn.class);

    private final DeclarationRepository declarations;
    private final ReturnRepository returns;
    private final DeclarationBuilder builder;
    private final DeclarationMessages messages;
    private final MessageSigner signer;
    private final SingleWindow singleWindow;
    private final CustomsStatusPublisher publisher;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final CustomsProperties properties;

    public DeclareReturn(DeclarationRepository declarations, ReturnRepository returns, DeclarationBuilder builder,
                         DeclarationMessages messages, MessageSigner signer, SingleWindow singleWindow,
                         CustomsStatusPublisher publisher, TransactionTemplate tx, Clock clock,
                         CustomsProperties properties) {
        this.declarations = declarations;
        this.returns = returns;
        this.builder = builder;
        this.messages = messages;
        this.signer = signer;
        this.singleWindow = singleWindow;
        this.publisher = publisher;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * @param orderNo  the order (1..64 characters)
     * @param returnId kaola-order's return id (1..64 characters)
     * @param lines    SKUs and units returned
     * @param reason   1..255 characters, the 625's reason
     * @return SENT, ACCEPTED or REFUSED
     * @throws io.kaola.common.error.KaolaException CUSTOMS_NOT_RELEASED, CUSTOMS_INVALID_RETURN,
     *         COMMON_INVALID_REQUEST, COMMON_SERVICE_UNAVAILABLE (decided but the outcome could not be published:
     *         call again), CUSTOMS_MESSAGE_INVALID (the 625 does not validate: a bug, nothing stored)
     */
    public ReturnDeclarationView declare(String orderNo, String returnId, List<ReturnLine> lines, String reason) {
        requireText(orderNo, "orderNo", 64);
        requireText(returnId, "returnId", 64);
        requireText(reason, "reason", 255);
        if (lines == null) throw CommonError.INVALID_REQUEST.exception("lines are required");
        String why = reason.strip();
        Decided decided = Objects.requireNonNull(tx.execute(s -> decide(orderNo, returnId, lines, why)));
        if (decided.event != null) {
            try {
                publisher.publish(decided.event);
            } catch (RuntimeException e) {
                log.warn("return {} of order {} is {} but it was not published: {}", returnId, orderNo,
                        decided.view.status(), e.toString());
                throw CommonError.SERVICE_UNAVAILABLE.exception("the customs answer to return " + returnId
                        + " is recorded but could not be announced: call again");
            }
        }
        if (decided.send) {
            try {
                sendBuilt(returnId);
            } catch (RuntimeException e) {   // it stays BUILT: the relay sends it
                log.warn("CEB625 of return {} not sent yet (the relay tries again): {}", returnId, e.toString());
            }
        }
        log.info("return {} of order {}: {} ({})", returnId, orderNo, decided.view.status(), decided.view.detail());
        return decided.view;
    }

    private Decided decide(String orderNo, String returnId, List<ReturnLine> lines, String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Declaration> declaration = declarations.lock(orderNo);
        Optional<ReturnDeclaration> existing = returns.find(returnId);
        if (existing.isPresent()) {
            ReturnDeclaration r = existing.get();
            if (!r.orderNo().equals(orderNo)) {
                throw CustomsError.INVALID_RETURN.exception("return " + returnId + " belongs to another order");
            }
            ReturnTransition.DECLARE.decide(r.status()).orThrow();   // stays: a repeat answers the current state
            long buyerId = declaration.map(Declaration::buyerId).orElse(0L);
            return new Decided(view(r), outcome(r, buyerId).orElse(null), r.state() == DocumentRecord.State.BUILT);
        }
        ReturnRules.requireReleased(orderNo, declaration.map(Declaration::status).orElse(null));
        OrderFacts order = declarations.orderFacts(orderNo).orElseThrow(
                () -> new IllegalStateException("released order " + orderNo + " has no order facts"));
        WaybillFacts waybill = declarations.waybillFacts(orderNo).orElseThrow(
                () -> new IllegalStateException("released order " + orderNo + " has no waybill facts"));
        List<CebLine> declared = builder.inventory(order, waybill, now).lines();
        List<ReturnRules.DeclaredReturnLine> placed = ReturnRules.allocate(declared, lines, returns.ofOrder(orderNo));
        var step = ReturnTransition.DECLARE.decide(null);
        step.orThrow();

        CebReturn message = builder.returnOf(order, waybill, invtNo(orderNo), returnId, placed, reason);
        Envelope envelope = new Envelope(UUID.randomUUID().toString().toUpperCase(Locale.ROOT), 1, now);
        String xml = signer.sign(messages.write(message, envelope));
        messages.validate(xml);
        ReturnDeclaration created = new ReturnDeclaration(returnId, orderNo, step.to(), placed, reason,
                envelope.guid(), DocumentRecord.State.BUILT, null, null, null, now, null, null);
        returns.create(created, xml, IdentityMask.maskAll(xml));
        return new Decided(view(created), null, true);
    }

    /**
     * Hands the return's CEB625 to the single window when it is BUILT (or its SENDING claim is stale): one caller
     * claims it, sends it and marks it SENT; a failed send puts it back to BUILT.
     *
     * @throws IllegalStateException when the single window did not take it (it stays BUILT)
     */
    public void sendBuilt(String returnId) {
        Instant now = clock.instant();
        if (!returns.claim(returnId, now, now.minus(properties.relayAfter()))) return;
        ReturnDeclaration r = returns.find(returnId).orElseThrow();
        Optional<String> xml = returns.message(returnId);
        if (xml.isEmpty()) return;
        try {
            singleWindow.send(CustomsDocument.RETURN, r.orderNo(), r.guid(), xml.get());
        } catch (RuntimeException e) {
            returns.unclaim(returnId);
            throw e;
        }
        returns.markSent(returnId, clock.instant());
        log.info("sent CEB625 of return {} order {} guid={}", returnId, r.orderNo(), r.guid());
    }

    /** Sends every return message left BUILT or SENDING since before {@code before} (the relay's safety net). */
    public void relay(Instant before) {
        for (ReturnDeclaration r : returns.builtBefore(before, 50)) {
            try {
                sendBuilt(r.returnId());
            } catch (RuntimeException e) {
                log.warn("relay of return {} failed, tried again later: {}", r.returnId(), e.toString());
            }
        }
    }

    /** @return the decided return's event (its last applied receipt), empty while SENT */
    static Optional<CustomsStatusChanged> outcome(ReturnDeclaration r, long buyerId) {
        Optional<CustomsMilestone> m = ReturnRules.milestoneOf(r.status());
        if (m.isEmpty() || r.lastReturnStatus() == null) return Optional.empty();
        return Optional.of(new CustomsStatusChanged(r.orderNo(), buyerId, m.get(), null, r.lastReturnStatus(),
                r.lastReturnInfo(), r.lastReturnTime(), r.returnId()));
    }

    private static ReturnDeclarationView view(ReturnDeclaration r) {
        String detail = switch (r.status()) {
            case SENT -> "CEB625 sent: RETURN_ACCEPTED or RETURN_REFUSED follows on customs-status-changed";
            case ACCEPTED -> "customs accepted the return: " + r.lastReturnStatus() + " " + r.lastReturnInfo();
            case REFUSED -> "customs refused the return: " + r.lastReturnStatus() + " " + r.lastReturnInfo();
        };
        return new ReturnDeclarationView(r.returnId(), r.orderNo(), r.status().name(), detail);
    }

    /** @return customs' list number from the newest 622 receipt carrying one; null when none did */
    private String invtNo(String orderNo) {
        List<StoredReceipt> receipts = declarations.receipts(orderNo);
        for (int i = receipts.size() - 1; i >= 0; i--) {
            StoredReceipt r = receipts.get(i);
            if (r.document() != CustomsDocument.INVENTORY) continue;
            String invtNo = DeclarationBuilder.invtNoOf(r.rawMessage());
            if (invtNo != null) return invtNo;
        }
        return null;
    }

    private static void requireText(String value, String name, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw CommonError.INVALID_REQUEST.exception(name + " is required (1 to " + max + " characters)");
        }
    }

    private record Decided(ReturnDeclarationView view, CustomsStatusChanged event, boolean send) {}
}
